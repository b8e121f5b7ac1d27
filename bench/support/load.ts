import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GetJob, GetResult, InsertJob, InsertResult, LoadJob, PollJob, PollResult, SubmitJob, SubmitResult } from './load-worker';

type ResultOf<J extends LoadJob> = J extends SubmitJob
  ? SubmitResult
  : J extends InsertJob
    ? InsertResult
    : J extends PollJob
      ? PollResult
      : J extends GetJob
        ? GetResult
        : never;

export interface RunningLoad<R> {
  /** Resolves when the worker is set up (the poller posts it before it starts). */
  ready: Promise<void>;
  done: Promise<R>;
  stop(): Promise<void>;
}

const WORKER_FILE = resolve(__dirname, 'load-worker.ts');
// The thread compiles its one file with ts-node (transpile only): it imports nothing of the app.
const BOOT = `require('ts-node').register({ transpileOnly: true }); require(${JSON.stringify(WORKER_FILE)});`;

const running = new Set<Worker>();

/** Runs a load generator in a worker thread of its own, off the API's event loop. */
export function startLoad<J extends LoadJob>(job: J): RunningLoad<ResultOf<J>> {
  const worker = new Worker(BOOT, { eval: true, workerData: job });
  running.add(worker);
  worker.on('exit', () => running.delete(worker));
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  const done = new Promise<ResultOf<J>>((resolveDone, reject) => {
    worker.on('message', (message: { ready?: boolean; result?: ResultOf<J>; error?: string }) => {
      if (message.ready) markReady();
      else if (message.error) reject(new Error(`load worker (${job.kind}) failed: ${message.error}`));
      else {
        markReady();
        resolveDone(message.result!);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`load worker (${job.kind}) exited with ${code} before answering`)));
  });
  done.catch(() => markReady());
  return {
    ready,
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}

export const runLoad = <J extends LoadJob>(job: J): Promise<ResultOf<J>> => startLoad(job).done;

/** Ends every load thread still running (cleanup after an error). */
export async function stopAllLoads(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.terminate()));
}
