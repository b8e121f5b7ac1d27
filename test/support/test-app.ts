import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './database';

export interface TestAppOptions {
  /** Serve the built web app (dist/web). */
  web?: boolean;
  /** Also run the worker (outbox dispatcher and processors) in this process. Default true. */
  worker?: boolean;
  /** A migrated database of the test's own (e.g. on a private server it stops); default a fresh copy of the template. */
  databaseUrl?: string;
  /** Redis to use; default the local one. */
  redisUrl?: string;
  /** Extra environment for this app. */
  env?: Record<string, string>;
}

export interface TestApp {
  app: INestApplication;
  /** The worker's application context, when started. */
  worker?: INestApplicationContext;
  /** Where the app listens, e.g. http://127.0.0.1:41234. */
  url: string;
  dataSource: DataSource;
  queuePrefix: string;
  close(): Promise<void>;
}

/**
 * The real API (and worker) on a fresh PostgreSQL database and a Redis key prefix of its own.
 * Nothing is mocked. Modules are imported after the environment is set, as in production.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const queuePrefix = `t${randomBytes(5).toString('hex')}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: options.redisUrl ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    QUEUE_PREFIX: queuePrefix,
    OUTBOX_POLL_MS: '50',
    OUTBOX_RECONCILE_MS: '1000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST: options.web ? resolve(__dirname, '../../dist/web') : resolve(__dirname, 'no-web'),
    DB_POOL_SIZE: '4',
    ...options.env,
  });
  const { AppModule } = await import('../../apps/api/src/app.module');
  const { setupApp } = await import('../../apps/api/src/setup-app');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false, abortOnError: false });
  setupApp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;

  let worker: INestApplicationContext | undefined;
  if (options.worker !== false) {
    const { WorkerModule } = await import('../../apps/worker/src/worker.module');
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
    await worker.init();
  }

  return {
    app,
    worker,
    url: `http://127.0.0.1:${port}`,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    queuePrefix,
    async close() {
      await worker?.close();
      await app.close();
      await database.drop();
    },
  };
}
