import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@sqmy/config';
import { OutboxService } from './outbox.service';
import { QueueErrorReporter } from './queue-error.reporter';
import { QueueName } from './queue.constants';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { JobSchedules } from './schedules/job-schedules';

const queues = Object.values(QueueName).map((name) => ({ name }));

/** BullMQ on the configured Redis, every queue registered, the outbox writer and the job schedules' registry. */
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
  providers: [OutboxService, QueueErrorReporter, JobSchedules],
  exports: [BullModule, OutboxService, JobSchedules],
})
export class QueueModule {}
