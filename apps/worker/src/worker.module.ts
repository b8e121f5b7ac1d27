import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@sqmy/config';
import { loggerParams } from '@sqmy/http';
import { ItemsWorkerModule } from '@sqmy/items';
import { NotificationsWorkerModule } from '@sqmy/notifications';
import { OutboxDispatcher, ProcessorRegistryCheck, QueueModule, WorkerConcurrency } from '@sqmy/queue';
import { DatabaseModule } from '@sqmy/schema';
import { LoggerModule } from 'nestjs-pino';

/** The worker: the outbox dispatcher and one processor per queue. No HTTP. */
@Module({
  imports: [
    AppConfigModule.forRoot(),
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => loggerParams(env.LOG_LEVEL, env.NODE_ENV === 'development'),
    }),
    DiscoveryModule,
    DatabaseModule,
    QueueModule,
    NotificationsWorkerModule,
    ItemsWorkerModule,
  ],
  providers: [OutboxDispatcher, ProcessorRegistryCheck, WorkerConcurrency],
})
export class WorkerModule {}
