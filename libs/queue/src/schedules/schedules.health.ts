import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@sqmy/config';
import { FailFastQueues, withTimeout } from '../fail-fast-queues';
import { JOB_QUEUE, JobSchedulerId, SCHEDULED_JOB } from '../queue.constants';

const TIMEOUT_MS = 2_000;

/**
 * Each job scheduler's next run as Redis has it, for /health/schedules: down ("未登记") when Redis lost
 * it and no worker has registered it again yet, or when Redis does not answer.
 */
@Injectable()
export class SchedulesHealthIndicator implements OnModuleDestroy {
  private readonly queues: FailFastQueues;

  constructor(
    private readonly indicators: HealthIndicatorService,
    config: AppConfig,
  ) {
    this.queues = new FailFastQueues(config);
  }

  checks(): (() => Promise<HealthIndicatorResult>)[] {
    return Object.values(JobSchedulerId).map((id) => () => this.check(id));
  }

  private async check(id: JobSchedulerId): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(id);
    try {
      const queue = await this.queues.ready(JOB_QUEUE[SCHEDULED_JOB[id]]);
      const scheduler = await withTimeout(queue.getJobScheduler(id), TIMEOUT_MS, 'Redis 无响应');
      if (!scheduler?.next) return indicator.down({ message: '未登记 (worker 会重新登记)' });
      return indicator.up({ next: new Date(scheduler.next).toISOString() });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.queues.close();
  }
}
