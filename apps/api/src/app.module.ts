import { BullBoardModule } from '@bull-board/nestjs';
import { ExpressAdapter } from '@bull-board/express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, RouterModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AccountsModule } from '@sqmy/accounts';
import { BulletinsModule } from '@sqmy/bulletins';
import { CoreModule } from '@sqmy/core';
import { AllExceptionsFilter, CleanInputMiddleware, createValidationPipe } from '@sqmy/http';
import { DeskModule } from '@sqmy/desk';
import { ItemsModule } from '@sqmy/items';
import { LedgerModule } from '@sqmy/ledger';
import { NotificationsModule } from '@sqmy/notifications';
import { OutcomesModule } from '@sqmy/outcomes';
import { QueueName, SchedulesHealthIndicator } from '@sqmy/queue';
import { FiguresModule, RankingsModule, ScoringModule } from '@sqmy/scoring';
import { QueueBoardAuth, QueueBoardAuthModule } from './queue-board.auth';
import { HealthController } from './health/health.controller';
import { SchedulesHealthController } from './health/schedules-health.controller';

/** The HTTP API under /api/v1, health at /health, Bull Board at /admin/queues (the web app is served by setupApp). */
@Module({
  imports: [
    CoreModule,
    TerminusModule,
    AccountsModule,
    NotificationsModule,
    ItemsModule,
    DeskModule,
    BulletinsModule,
    OutcomesModule,
    LedgerModule,
    FiguresModule,
    RankingsModule,
    ScoringModule,
    RouterModule.register([
      { path: 'api/v1', module: AccountsModule },
      { path: 'api/v1', module: NotificationsModule },
      { path: 'api/v1', module: ItemsModule },
      { path: 'api/v1', module: DeskModule },
      { path: 'api/v1', module: BulletinsModule },
      { path: 'api/v1', module: OutcomesModule },
      { path: 'api/v1', module: LedgerModule },
      { path: 'api/v1', module: FiguresModule },
      { path: 'api/v1', module: RankingsModule },
      { path: 'api/v1', module: ScoringModule },
    ]),
    BullBoardModule.forRootAsync({
      imports: [QueueBoardAuthModule],
      inject: [QueueBoardAuth],
      useFactory: (auth: QueueBoardAuth) => ({ route: '/admin/queues', adapter: ExpressAdapter, middleware: auth.middleware }),
    }),
    ...Object.values(QueueName).map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
  controllers: [HealthController, SchedulesHealthController],
  providers: [
    SchedulesHealthIndicator,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule implements NestModule {
  /** Every body and query is checked for what no column or parser takes before a guard or pipe reads it. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CleanInputMiddleware).forRoutes('{*path}');
  }
}
