import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { Classes, dataSourceOptions } from './data-source-options';

/** TypeORM on the configured PostgreSQL with the given entities; the schema comes only from migrations. */
@Module({})
export class DatabaseModule {
  static forRoot({ entities, migrations }: { entities: Classes; migrations: Classes }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: ({ env }: AppConfig) => ({
            ...dataSourceOptions(env.DATABASE_URL, entities, migrations, env.DB_POOL_SIZE ? Number(env.DB_POOL_SIZE) : 10),
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
        }),
      ],
    };
  }
}
