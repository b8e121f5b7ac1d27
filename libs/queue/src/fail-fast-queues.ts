import type { AppConfig } from '@sqmy/config';
import { Queue } from 'bullmq';
import { QueueName } from './queue.constants';

const READY_TIMEOUT_MS = 5_000;

/**
 * Queues of their own, one per name, whose commands fail at once while Redis is away instead of
 * waiting for it (the registered queues wait): for loops that retry on their next turn, and for health.
 */
export class FailFastQueues {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const { REDIS_URL, QUEUE_PREFIX } = this.config.env;
      queue = new Queue(name, {
        connection: { url: REDIS_URL, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
        prefix: QUEUE_PREFIX,
      });
      queue.on('error', () => undefined); // reported by their users, once per outage
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** The queue once its connection is up (it fails fast, so the first command must not race the connect). */
  async ready(name: QueueName): Promise<Queue> {
    const queue = this.get(name);
    await withTimeout(queue.waitUntilReady(), READY_TIMEOUT_MS, 'Redis 无响应');
    return queue;
  }

  async close(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    // A connection that is down cannot QUIT (offline queue off): then it is dropped.
    await Promise.all(queues.map((queue) => queue.close().catch(() => queue.disconnect())));
  }
}

/** Rejects when `work` takes longer than `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
