import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/**
 * Base of every processor: reports connection trouble once per outage in the log instead of
 * letting BullMQ print every reconnect attempt. Subclasses implement `process`.
 */
export abstract class QueueProcessor extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);
  private lastError?: string;

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (error.message === this.lastError) return;
    this.lastError = error.message;
    this.logger.warn(`队列连接异常：${error.message}`);
  }

  @OnWorkerEvent('ready')
  onWorkerReady(): void {
    if (this.lastError) this.logger.log('队列连接已恢复');
    this.lastError = undefined;
  }

  @OnWorkerEvent('failed')
  onJobFailed(job: { id?: string; name: string; attemptsMade: number } | undefined, error: Error): void {
    this.logger.warn(`任务 ${job?.name} ${job?.id} 第 ${job?.attemptsMade} 次失败：${error.message}`);
  }
}
