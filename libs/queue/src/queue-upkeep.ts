import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@sqmy/config';
import { OutboxReconciler } from './outbox.reconciler';
import { JobSchedules } from './schedules/job-schedules';

/**
 * The worker's periodic repair after Redis lost its data: every OUTBOX_RECONCILE_MS the outbox rows
 * whose job is gone are sent again, and missing job schedulers are registered again (a missed run caught up).
 */
@Injectable()
export class QueueUpkeep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueUpkeep.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private failing = false;

  constructor(
    private readonly reconciler: OutboxReconciler,
    private readonly schedules: JobSchedules,
    private readonly config: AppConfig,
  ) {}

  /** The schedulers are registered before the worker counts as started. */
  async onApplicationBootstrap(): Promise<void> {
    await this.tick(true);
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.all([this.reconciler.close(), this.schedules.close()]);
  }

  private async tick(start = false): Promise<void> {
    try {
      await this.schedules.check(start);
      if (!start) await this.reconciler.reconcile();
      if (this.failing) this.logger.log('队列维护恢复');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn(`队列维护失败，稍后重试：${(error as Error).message}`);
      this.failing = true;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.config.env.OUTBOX_RECONCILE_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.running) await this.tick();
    }
  }
}
