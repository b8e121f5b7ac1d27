import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** TypeORM on the configured PostgreSQL with every entity; the schema comes only from migrations. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => ({
        ...dataSourceOptions(env.DATABASE_URL, ENTITIES, MIGRATIONS, env.DB_POOL_SIZE ? Number(env.DB_POOL_SIZE) : 10),
        retryAttempts: 3,
        retryDelay: 1_000,
      }),
    }),
  ],
})
export class DatabaseModule {}
