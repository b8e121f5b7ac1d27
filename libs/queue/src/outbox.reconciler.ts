import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { QueueKeys } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { withTimeout } from './fail-fast-queues';
import { outboxJobId } from './job-options';
import { QueueName } from './queue.constants';

const PAGE_SIZE = 1_000;
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
  private readonly redis: Redis;
  private readonly keys: QueueKeys;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.redis = new Redis(config.env.REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
    this.redis.on('error', () => undefined); // reported by the upkeep, once per outage
    this.keys = new QueueKeys(config.env.QUEUE_PREFIX);
  }

  /** Looks at every row in flight once; returns how many were handed back for dispatch. */
  async reconcile(): Promise<number> {
    let resent = 0;
    for (let after = '0'; ; ) {
      const rows = await this.dataSource.query<{ id: string; queue: QueueName }[]>(
        `SELECT id, queue FROM outbox_message
          WHERE dispatched_at IS NOT NULL AND completed_at IS NULL AND failed_at IS NULL AND id > $1
          ORDER BY id LIMIT $2`,
        [after, PAGE_SIZE],
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

  /** The rows whose job Redis does not have: no job hash under its key (what Queue.getJob reads), one pipeline per page. */
  private async lost(rows: { id: string; queue: QueueName }[]): Promise<string[]> {
    if (this.redis.status === 'wait') await this.redis.connect();
    const pipeline = this.redis.pipeline();
    for (const row of rows) pipeline.exists(this.keys.toKey(row.queue, outboxJobId(row.id)));
    const replies = (await pipeline.exec()) ?? [];
    return rows.filter((_, i) => {
      const [error, exists] = replies[i] ?? [new Error('no reply'), null];
      if (error) throw error;
      return exists === 0;
    }).map((row) => row.id);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
