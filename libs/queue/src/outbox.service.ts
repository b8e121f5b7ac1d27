import { Injectable } from '@nestjs/common';
import { preparedStatement, queryPrepared } from '@sqmy/database';
import { EntityManager } from 'typeorm';
import { JOB_QUEUE, JobRequest } from './queue.constants';

/**
 * The outbox rows of `jobs`, for parameters $first to $first+3 given `outboxColumns(jobs)`:
 * for a statement that writes its jobs together with its other rows (in a data-modifying WITH).
 */
export const outboxInsertSql = (first: number) =>
  `INSERT INTO outbox_message (queue, job_name, payload, priority) SELECT * FROM unnest($${first}::text[], $${first + 1}::text[], $${first + 2}::jsonb[], $${first + 3}::int[])`;

/** The values of outboxInsertSql's four parameters. */
export const outboxColumns = (jobs: readonly JobRequest[]): [string[], string[], string[], (number | null)[]] => [
  jobs.map((job) => JOB_QUEUE[job.name]),
  jobs.map((job) => job.name),
  jobs.map((job) => JSON.stringify(job.payload)),
  jobs.map((job) => job.priority ?? null),
];

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
    await queryPrepared(manager, INSERT_JOBS, outboxColumns(jobs));
  }
}

const INSERT_JOBS = preparedStatement('insert-outbox-jobs', outboxInsertSql(1));
