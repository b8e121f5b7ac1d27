import { Injectable } from '@nestjs/common';
import { preparedStatement, queryPrepared } from '@sqmy/database';
import { EntityManager } from 'typeorm';
import { JOB_QUEUE, JobRequest } from './queue.constants';

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
    await queryPrepared(manager, INSERT_JOBS, [jobs.map((job) => JOB_QUEUE[job.name]), jobs.map((job) => job.name), jobs.map((job) => JSON.stringify(job.payload))]);
  }
}

const INSERT_JOBS = preparedStatement(
  'insert-outbox-jobs',
  'INSERT INTO outbox_message (queue, job_name, payload) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])',
);
