import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BulletinsWorkerModule } from '@sqmy/bulletins';
import { CoreModule } from '@sqmy/core';
import { DeskWorkerModule } from '@sqmy/desk';
import { ItemsWorkerModule } from '@sqmy/items';
import { LedgerWorkerModule } from '@sqmy/ledger';
import { NotificationsWorkerModule } from '@sqmy/notifications';
import { OutboxDispatcher, OutboxReconciler, ProcessorRegistryCheck, QueueUpkeep, WorkerConcurrency } from '@sqmy/queue';
import { ScoringWorkerModule, StatsReportsWorkerModule } from '@sqmy/scoring';

/** The worker: the outbox dispatcher and its upkeep, one processor per queue, and the repeatable jobs' schedules. No HTTP. */
@Module({
  imports: [
    CoreModule,
    DiscoveryModule,
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
