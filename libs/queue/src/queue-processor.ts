import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDatabaseUnreachable } from '@sqmy/database';
import { DelayedError, Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandlers, runJob } from './job-handlers';
import { recordJobCompleted, recordJobFailed } from './job-outcome';
import { QueueName } from './queue.constants';

/** How long a job waits for PostgreSQL to come back before it tries again, without using up an attempt. */
export const DATABASE_WAIT_MS = 5_000;

/**
 * Base of every processor: runs the subclass's handler for each job and records the outcome in
 * PostgreSQL (see job-outcome); a job that finds PostgreSQL unreachable waits for it without using
 * up an attempt. It also reports connection trouble once per outage in the log instead of
 * letting BullMQ print every reconnect attempt. Subclasses only set `handlers`.
 */
export abstract class QueueProcessor<Q extends QueueName> extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);
  protected abstract readonly handlers: JobHandlers<Q>;
  @InjectDataSource() private readonly dataSource: DataSource;
  private lastError?: string;

  async process(job: Job, token?: string): Promise<unknown> {
    try {
      const result = await runJob(this.handlers, job);
      await recordJobCompleted(this.dataSource, job);
      return result;
    } catch (error) {
      if (!token || !isDatabaseUnreachable(error)) throw error;
      // PostgreSQL is away: the job waits for it instead of using up its attempts (and failing for good in a long outage).
      await job.moveToDelayed(Date.now() + DATABASE_WAIT_MS, token);
      throw new DelayedError();
    }
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (error.message === this.lastError) return;
    this.lastError = error.message;
    this.logger.warn(`队列连接异常：${error.message}`);
  }

  @OnWorkerEvent('ready')
  onWorkerReady(): void {
    if (this.lastError) this.logger.log('队列连接已恢复');
    this.lastError = undefined;
  }

  /** BullMQ sets finishedOn only when the job failed for good (no attempt left, or unrecoverable). */
  @OnWorkerEvent('failed')
  onJobFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`任务 ${job?.name} ${job?.id} 第 ${job?.attemptsMade} 次失败：${error.message}`);
    if (job?.finishedOn) {
      recordJobFailed(this.dataSource, job, error).catch((cause: Error) => this.logger.warn(`未能记录任务 ${job.id} 的失败：${cause.message}`));
    }
  }
}
