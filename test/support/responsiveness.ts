import request from 'supertest';
import { TestApp } from './test-app';

/**
 * Runs `work` while asking /health/live again and again, one request at a time; returns what
 * `work` returned and the slowest answer. An API whose event loop some request holds answers
 * nobody else meanwhile: its slowest answer is as long as the hold.
 */
export async function whileAskingHealth<T>(t: TestApp, work: () => Promise<T>): Promise<{ result: T; slowestMs: number; answers: number }> {
  let done = false;
  let slowestMs = 0;
  let answers = 0;
  const asking = (async () => {
    while (!done) {
      const started = Date.now();
      await request(t.url).get('/health/live').expect(200);
      slowestMs = Math.max(slowestMs, Date.now() - started);
      answers += 1;
    }
  })();
  try {
    return { result: await work(), slowestMs, answers };
  } finally {
    done = true;
    await asking;
  }
}
