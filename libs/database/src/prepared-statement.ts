import type { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Sql } from './sql';

/** A statement that runs often enough to be parsed and planned once per connection. */
export interface PreparedStatement {
  /** Unique among the application's prepared statements. */
  name: string;
  text: string;
}

export const preparedStatement = (name: string, text: string): PreparedStatement => ({ name, text });

/**
 * Runs a hot statement as a named prepared statement: PostgreSQL parses and plans it once per
 * connection instead of on every call — for a read that joins a few tables, planning costs more
 * than running it. Inside a transaction pass its EntityManager, otherwise the DataSource.
 * Errors come as TypeORM's QueryFailedError, like any other query's. (Behind PgBouncer in
 * transaction mode this needs its `max_prepared_statements`.)
 */
export async function queryPrepared<T>(on: DataSource | EntityManager, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  const client: Pool | PoolClient =
    on instanceof EntityManager && on.queryRunner
      ? await on.queryRunner.connect()
      : ((on instanceof EntityManager ? on.connection : on).driver as PostgresDriver).master;
  try {
    return (await client.query({ ...statement, values })).rows as T[];
  } catch (error) {
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}

/**
 * `queryPrepared` for a statement built with `sql`, prepared as `name`. Its text must be the same on
 * every call — bind lists as arrays — or PostgreSQL's driver refuses the second text under one name.
 */
export const queryPreparedSql = <T>(on: DataSource | EntityManager, name: string, statement: Sql): Promise<T[]> =>
  queryPrepared<T>(on, preparedStatement(name, statement.text), statement.values);
