import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { Queue } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, outboxJobId } from './job-options';
import { OutboxMessage } from './outbox-message.entity';
import { QueueName } from './queue.constants';

const BATCH_SIZE = 200;
const MAX_BACKOFF_MS = 10_000;

/**
 * Moves committed outbox rows into BullMQ. Rows are locked with SKIP LOCKED, so any number of
 * workers can dispatch side by side; a row is marked dispatched only after BullMQ accepted it,
 * and the job id is the row id, so a retry after a crash never makes a second job.
 * While Redis is down rows simply wait.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Producer queues of their own that fail fast while Redis is away, instead of buffering. */
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  /** Dispatches one batch; returns how many rows went to BullMQ. */
  async dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(OutboxMessage, 'message')
        .where('message.dispatched_at IS NULL')
        .orderBy('message.id')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 0;
      try {
        await this.enqueue(rows);
      } catch (error) {
        await this.dataSource.getRepository(OutboxMessage).increment({ id: In(rows.map((r) => r.id)) }, 'dispatchAttempts', 1);
        throw error;
      }
      await manager.update(OutboxMessage, { id: In(rows.map((r) => r.id)) }, { dispatchedAt: () => 'now()', lastError: null });
      return rows.length;
    });
  }

  private async enqueue(rows: OutboxMessage[]): Promise<void> {
    const byQueue = new Map<QueueName, OutboxMessage[]>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    for (const [name, messages] of byQueue) {
      await this.queue(name).addBulk(
        messages.map((m) => ({ name: m.jobName, data: m.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: outboxJobId(m.id) } })),
      );
    }
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const { REDIS_URL, QUEUE_PREFIX } = this.config.env;
      queue = new Queue(name, {
        connection: { url: REDIS_URL, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
        prefix: QUEUE_PREFIX,
      });
      queue.on('error', () => undefined); // reported by the loop, once per outage
      this.queues.set(name, queue);
    }
    return queue;
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
