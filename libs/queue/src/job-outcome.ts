import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';

const OUTBOX_JOB_ID = /^outbox-(\d+)$/;

/** The outbox row of a job enqueued by the dispatcher (see outboxJobId), or null for any other job. */
export const outboxIdOf = (jobId: string | undefined): string | null => OUTBOX_JOB_ID.exec(jobId ?? '')?.[1] ?? null;

/**
 * Records in PostgreSQL that `job`'s handler succeeded: its outbox row is completed (the reconciler leaves
 * it alone from now on), and a scheduled job's run is noted for the catch-up of missed runs. Awaited before
 * BullMQ hears of the success, so a failure here makes BullMQ retry the (idempotent) job.
 */
export async function recordJobCompleted(dataSource: DataSource, job: Job): Promise<void> {
  const outboxId = outboxIdOf(job.id);
  if (outboxId) {
    await dataSource.query('UPDATE outbox_message SET completed_at = now(), failed_at = NULL WHERE id = $1 AND completed_at IS NULL', [outboxId]);
  }
  if (job.repeatJobKey) {
    await dataSource.query(
      `INSERT INTO job_schedule_run (scheduler_id, last_run_at) VALUES ($1, now())
       ON CONFLICT (scheduler_id) DO UPDATE SET last_run_at = excluded.last_run_at`,
      [job.repeatJobKey],
    );
  }
}

/** Records that `job` failed its last attempt, so its row is not sent again when Redis drops the failed job. */
export async function recordJobFailed(dataSource: DataSource, job: Job, error: Error): Promise<void> {
  const outboxId = outboxIdOf(job.id);
  if (!outboxId) return;
  await dataSource.query('UPDATE outbox_message SET failed_at = now(), last_error = $2 WHERE id = $1 AND completed_at IS NULL', [
    outboxId,
    error.message.slice(0, 500),
  ]);
}
