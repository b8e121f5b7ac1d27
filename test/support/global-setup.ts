import 'tsconfig-paths/register';
import 'reflect-metadata';
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { databaseUrl, onServer, templateDatabase } from './database';

/** Once per run (and per project): migrate the template that every test database of this run copies. */
export default async function globalSetup(): Promise<void> {
  process.env.SQMY_TEST_RUN ??= randomBytes(4).toString('hex');
  const template = templateDatabase();
  const exists = await onServer(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount);
  if (exists) return;
  await onServer((client) => client.query(`CREATE DATABASE "${template}"`));
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl(template), ENTITIES, MIGRATIONS, 1)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
