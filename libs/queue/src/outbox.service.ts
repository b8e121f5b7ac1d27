import { Injectable } from '@nestjs/common';
import { queryPreparedSql, sql } from '@sqmy/database';
import { EntityManager } from 'typeorm';
import { JOB_QUEUE, JobRequest } from './queue.constants';

/**
 * The outbox rows of `jobs`: a statement of its own, or a query of a data-modifying WITH that
 * writes the jobs together with the rows that caused them. The same text for any number of jobs.
 */
export const insertJobs = (jobs: readonly JobRequest[]) =>
  sql`INSERT INTO outbox_message (queue, job_name, payload, priority)
      SELECT * FROM unnest(${jobs.map((job) => JOB_QUEUE[job.name])}::text[],
                           ${jobs.map((job) => job.name)}::text[],
                           ${jobs.map((job) => JSON.stringify(job.payload))}::jsonb[],
                           ${jobs.map((job) => job.priority ?? null)}::int[])`;

/**
 * The only way domain code starts asynchronous work: the job is written with the caller's
 * transaction, so it exists exactly when the change that caused it was committed.
 */
@Injectable()
export class OutboxService {
  async add(manager: EntityManager, ...jobs: JobRequest[]): Promise<void> {
    if (jobs.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.add must be called inside a transaction');
    }
    await queryPreparedSql(manager, 'insert-outbox-jobs', insertJobs(jobs));
  }
}
