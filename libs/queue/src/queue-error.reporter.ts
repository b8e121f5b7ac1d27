import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QueueName } from './queue.constants';

/** Registered queues report a lost Redis once per outage, not on every reconnect attempt. */
@Injectable()
export class QueueErrorReporter implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      let last: string | undefined;
      queue.on('error', (error: Error) => {
        if (error.message !== last) this.logger.warn(`队列 ${name} 连接异常：${error.message}`);
        last = error.message;
      });
    }
  }
}
