import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BulletinsWorkerModule } from '@sqmy/bulletins';
import { AppConfig, AppConfigModule } from '@sqmy/config';
import { DeskWorkerModule } from '@sqmy/desk';
import { loggerParams } from '@sqmy/http';
import { ItemsWorkerModule } from '@sqmy/items';
import { LedgerWorkerModule } from '@sqmy/ledger';
import { NotificationsWorkerModule } from '@sqmy/notifications';
import { OutboxDispatcher, OutboxReconciler, ProcessorRegistryCheck, QueueModule, QueueUpkeep, WorkerConcurrency } from '@sqmy/queue';
import { DatabaseModule } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { ScoringWorkerModule, StatsReportsWorkerModule } from '@sqmy/scoring';
import { LoggerModule } from 'nestjs-pino';

/** The worker: the outbox dispatcher and its upkeep, one processor per queue, and the repeatable jobs' schedules. No HTTP. */
@Module({
  imports: [
    AppConfigModule.forRoot(),
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => loggerParams(env.LOG_LEVEL, env.NODE_ENV === 'development'),
    }),
    DiscoveryModule,
    DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
    QueueModule,
    NotificationsWorkerModule,
    ItemsWorkerModule,
    DeskWorkerModule,
    BulletinsWorkerModule,
    LedgerWorkerModule,
    StatsReportsWorkerModule,
    ScoringWorkerModule,
  ],
  providers: [OutboxDispatcher, OutboxReconciler, QueueUpkeep, ProcessorRegistryCheck, WorkerConcurrency],
})
export class WorkerModule {}
