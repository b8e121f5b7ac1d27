import type { JobsOptions } from 'bullmq';

/** One place for how every job is retried and kept. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  // Completed jobs stay a week so a re-dispatched outbox id is recognised; failed jobs a month, visible in Bull Board.
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** The BullMQ job id of an outbox row: deterministic, so enqueueing twice is a no-op. */
export const outboxJobId = (outboxId: string): string => `outbox-${outboxId}`;
