import 'tsconfig-paths/register';
import 'reflect-metadata';
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { DataSource } from 'typeorm';
import { databaseUrl, onServer, TEMPLATE_DATABASE, TEST_DATABASE_PREFIX } from './database';

/** Once per run: drop what earlier runs left behind, then migrate the template every test database copies. */
export default async function globalSetup(): Promise<void> {
  await onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEST_DATABASE_PREFIX}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl(TEMPLATE_DATABASE), ENTITIES, MIGRATIONS, 1)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
