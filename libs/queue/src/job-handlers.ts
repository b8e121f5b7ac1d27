import { Job, UnrecoverableError } from 'bullmq';
import { JobOf, JobPayloads, QueueName } from './queue.constants';

/** A processor's table of handlers: the compiler demands one for every job of its queue. */
export type JobHandlers<Q extends QueueName> = {
  [J in JobOf<Q>]: (payload: JobPayloads[J], job: Job<JobPayloads[J]>) => Promise<unknown>;
};

/** Runs the handler for `job`; errors propagate so BullMQ retries them. */
export function runJob<Q extends QueueName>(handlers: JobHandlers<Q>, job: Job): Promise<unknown> {
  const handler = (handlers as Record<string, ((payload: unknown, job: Job) => Promise<unknown>) | undefined>)[job.name];
  if (!handler) throw new UnrecoverableError(`队列中出现未知任务 ${job.name}`);
  return handler(job.data, job);
}

