import { Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@sqmy/config';
import { DatabaseModule } from '@sqmy/database';
import { loggerParams } from '@sqmy/http';
import { QueueModule } from '@sqmy/queue';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { LoggerModule } from 'nestjs-pino';

/**
 * What the api and the worker both stand on: the validated environment, pino logging, TypeORM with every
 * entity on PostgreSQL, and BullMQ's queues on Redis. Each app imports it once, then its own modules.
 */
@Module({
  imports: [
    AppConfigModule.forRoot(),
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => loggerParams(env.LOG_LEVEL, env.NODE_ENV === 'development'),
    }),
    DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
    QueueModule,
  ],
  exports: [QueueModule],
})
export class CoreModule {}
