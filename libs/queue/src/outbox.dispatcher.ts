import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { DataSource, In } from 'typeorm';
import { FailFastQueues, withTimeout } from './fail-fast-queues';
import { DEFAULT_JOB_OPTIONS, outboxJobId } from './job-options';
import { OutboxMessage } from './outbox-message.entity';
import { QueueName } from './queue.constants';

const BATCH_SIZE = 200;
const MAX_BACKOFF_MS = 10_000;
/** BullMQ waits for a connection rather than failing; past this the batch is given up and retried later. */
const ENQUEUE_TIMEOUT_MS = 3_000;

/**
 * Moves committed outbox rows into BullMQ, with their priority. Rows are locked with SKIP LOCKED, so
 * any number of workers can dispatch side by side; a row is marked dispatched only after BullMQ
 * accepted it, and the job id is the row id, so a retry after a crash never makes a second job.
 * While Redis is down rows simply wait; rows whose job Redis lost come back here (OutboxReconciler).
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly queues: FailFastQueues;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.queues = new FailFastQueues(config);
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.queues.close();
  }

  /** Dispatches one batch; returns how many rows went to BullMQ. Throws (after noting it on the rows) when BullMQ refused. */
  async dispatchBatch(): Promise<number> {
    let failure: { ids: string[]; error: Error } | undefined;
    const dispatched = await this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(OutboxMessage, 'message')
        .where('message.dispatched_at IS NULL')
        .orderBy('message.id')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const ids = rows.map((row) => row.id);
      if (rows.length === 0) return 0;
      try {
        // A late success is harmless: job ids make the retry a no-op.
        await withTimeout(this.enqueue(rows), ENQUEUE_TIMEOUT_MS, 'Redis 无响应');
      } catch (error) {
        failure = { ids, error: error as Error };
        return 0;
      }
      await manager.update(OutboxMessage, { id: In(ids) }, { dispatchedAt: () => 'now()', lastError: null });
      return rows.length;
    });
    if (failure) {
      // Outside the batch's transaction: its row locks are released by now.
      await this.dataSource
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ dispatchAttempts: () => 'dispatch_attempts + 1', lastError: failure.error.message.slice(0, 500) })
        .whereInIds(failure.ids)
        .execute();
      throw failure.error;
    }
    return dispatched;
  }

  private async enqueue(rows: OutboxMessage[]): Promise<void> {
    const byQueue = new Map<QueueName, OutboxMessage[]>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    for (const [name, messages] of byQueue) {
      await this.queues.get(name).addBulk(
        messages.map((m) => ({
          name: m.jobName,
          data: m.payload,
          opts: { ...DEFAULT_JOB_OPTIONS, jobId: outboxJobId(m.id), ...(m.priority ? { priority: m.priority } : {}) },
        })),
      );
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let dispatched = 0;
      try {
        dispatched = await this.dispatchBatch();
        if (failures > 0) this.logger.log('发件箱恢复投递');
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1) this.logger.warn(`发件箱投递失败，稍后重试：${(error as Error).message}`);
      }
      if (dispatched === BATCH_SIZE) continue;
      const pause = failures > 0 ? Math.min(MAX_BACKOFF_MS, this.config.env.OUTBOX_POLL_MS * 2 ** failures) : this.config.env.OUTBOX_POLL_MS;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
