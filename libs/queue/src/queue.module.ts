import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@sqmy/config';
import { OutboxService } from './outbox.service';
import { QueueErrorReporter } from './queue-error.reporter';
import { QueueName } from './queue.constants';
import { DEFAULT_JOB_OPTIONS } from './job-options';

const queues = Object.values(QueueName).map((name) => ({ name }));

/** BullMQ on the configured Redis, every queue registered, and the outbox writer. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => ({
        connection: { url: env.REDIS_URL, maxRetriesPerRequest: null },
        prefix: env.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...queues),
  ],
  providers: [OutboxService, QueueErrorReporter],
  exports: [BullModule, OutboxService],
})
export class QueueModule {}
