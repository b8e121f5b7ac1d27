import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type Classes = MixedList<Function | string>;

/** The one set of connection options: used by the apps, the TypeORM CLI and the tests. */
export function dataSourceOptions(url: string, entities: Classes, migrations: Classes, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // JIT compiling pays off for long analytic queries, not for the product's short statements, where it
    // can cost more than the query (a ranking, a summary): off for every connection of the apps.
    // A connection (new, or a free one of a busy pool) comes within 10 s or the statement fails, and the API
    // answers 503: a request never hangs on a PostgreSQL that is away.
    extra: { max: poolSize, application_name: 'sqmy', options: '-c jit=off', connectionTimeoutMillis: 10_000 },
  };
}
