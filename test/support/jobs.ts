import { Queue } from 'bullmq';
import { QueueName } from '@sqmy/queue';
import { TestApp } from './test-app';

/** Jobs waiting, running or delayed, not counting the next run of a repeatable job (it is always there). */
async function unfinished(queue: Queue): Promise<number> {
  const delayed = (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length;
  return delayed + (await queue.getJobCountByTypes('waiting', 'active', 'prioritized'));
}

/**
 * Waits until every outbox row's job completed (or failed for good) and every queue is idle — instead of
 * sleeping. Bounded: fails the test after `timeoutMs`.
 */
export async function drainJobs(testApp: TestApp, timeoutMs = 20_000): Promise<void> {
  const queues = Object.values(QueueName).map(
    (name) => new Queue(name, { connection: { url: process.env.REDIS_URL }, prefix: testApp.queuePrefix }),
  );
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ pending }] = await testApp.dataSource.query<{ pending: number }[]>(
        'SELECT count(*)::int AS pending FROM outbox_message WHERE completed_at IS NULL AND failed_at IS NULL',
      );
      const busy = await Promise.all(queues.map(unfinished));
      if (pending === 0 && busy.every((count) => count === 0)) return;
      if (Date.now() > deadline) throw new Error(`jobs did not drain: ${pending} outbox rows unsettled, queue counts ${busy.join(',')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}
