import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { DataSource } from 'typeorm';
import { FailFastQueues, withTimeout } from './fail-fast-queues';
import { outboxJobId } from './job-options';
import { QueueName } from './queue.constants';

const PAGE_SIZE = 500;
const LOOKUP_TIMEOUT_MS = 10_000;

/**
 * Keeps "losing Redis loses no work" true: an outbox row stays in flight from its dispatch until its
 * job's handler succeeded (or failed for good), and a row in flight whose job Redis no longer has
 * (a restart without persistence, a flush, a job removed by hand) is handed back to the dispatcher,
 * which enqueues it again under the same job id. Handlers are idempotent, so the rare second run of a
 * job Redis lost while it ran changes nothing. Any number of workers may reconcile side by side.
 */
@Injectable()
export class OutboxReconciler {
  private readonly logger = new Logger(OutboxReconciler.name);
  private readonly queues: FailFastQueues;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.queues = new FailFastQueues(config);
  }

  /** Looks at every row in flight once; returns how many were handed back for dispatch. */
  async reconcile(): Promise<number> {
    let resent = 0;
    for (let after = '0'; ; ) {
      const rows = await this.dataSource.query<{ id: string; queue: QueueName }[]>(
        `SELECT id, queue FROM outbox_message
          WHERE dispatched_at IS NOT NULL AND completed_at IS NULL AND failed_at IS NULL AND id > $1
          ORDER BY id LIMIT ${PAGE_SIZE}`,
        [after],
      );
      if (rows.length === 0) break;
      const lost = await withTimeout(this.lost(rows), LOOKUP_TIMEOUT_MS, 'Redis 无响应');
      if (lost.length > 0) {
        const [, count] = await this.dataSource.query<[unknown, number]>(
          `UPDATE outbox_message SET dispatched_at = NULL
            WHERE id = ANY($1::bigint[]) AND dispatched_at IS NOT NULL AND completed_at IS NULL AND failed_at IS NULL`,
          [lost],
        );
        resent += count;
      }
      if (rows.length < PAGE_SIZE) break;
      after = rows[rows.length - 1].id;
    }
    if (resent > 0) this.logger.warn(`Redis 中已没有 ${resent} 个未完成的任务，重新投递`);
    return resent;
  }

  /** The rows whose job Redis does not have (Queue.getJob finds no job hash). */
  private async lost(rows: { id: string; queue: QueueName }[]): Promise<string[]> {
    for (const name of new Set(rows.map((row) => row.queue))) await this.queues.ready(name);
    const found = await Promise.all(rows.map((row) => this.queues.get(row.queue).getJob(outboxJobId(row.id))));
    return rows.filter((_, i) => !found[i]).map((row) => row.id);
  }

  close(): Promise<void> {
    return this.queues.close();
  }
}
