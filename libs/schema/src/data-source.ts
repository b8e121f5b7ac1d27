import 'reflect-metadata';
import { dataSourceOptions } from '@sqmy/database';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The DataSource of the TypeORM CLI (`npm run migration:*`): the same options the apps use. */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sqmy', ENTITIES, MIGRATIONS),
);
