/**
 * What a benchmark run needs around its measurements: whole-number settings from the environment,
 * a timestamped log, a cleanup stack run once (on success, error or Ctrl-C), a database of its
 * own migrated like the tests' template, the API started in this process, a JSON HTTP call, and a plain-text table.
 */
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { stopAllLoads } from './load';

export const envInt = (name: string, fallback: number): number => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
};

const started = performance.now();
export const elapsedSeconds = () => (performance.now() - started) / 1000;
export const log = (line: string) => process.stdout.write(`[${elapsedSeconds().toFixed(1).padStart(6)}s] ${line}\n`);
export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—';

const cleanups: { name: string; run: () => Promise<unknown> }[] = [];
let cleaning: Promise<void> | undefined;
export const onCleanup = (name: string, run: () => Promise<unknown>) => cleanups.push({ name, run });
export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await stopAllLoads().catch(() => undefined);
    for (const { name, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        process.stderr.write(`cleanup "${name}" failed: ${(error as Error).message}\n`);
      }
    }
  })();
  return cleaning;
}

/** Runs `main`, then the cleanups; exit 1 on an error, 130 on a signal, else `main`'s code. */
export function runBenchmark(main: () => Promise<number>): void {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  main()
    .then(async (code) => {
      log('cleaning up …');
      await cleanup();
      log('done');
      process.exit(code);
    })
    .catch(async (error: Error) => {
      if (!interrupted) process.stderr.write(`\nbenchmark failed: ${error.stack ?? error.message}\n`);
      await cleanup();
      process.exit(interrupted ? 130 : 1);
    });
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl, application_name: 'sqmy-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database `sqmy_bench_*`, migrated as the tests' template is; dropped at cleanup unless `keep`. */
export async function benchDatabase(serverUrl: string, keep: boolean): Promise<{ name: string; url: string; pgVersion: string }> {
  const name = `sqmy_bench_${randomBytes(5).toString('hex')}`;
  const url = databaseUrl(serverUrl, name);
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  if (keep) onCleanup('keep database', async () => log(`BENCH_KEEP_DB: database ${name} kept; drop it with DROP DATABASE "${name}" WITH (FORCE)`));
  else onCleanup('drop database', () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
  const migrator = await new DataSource(dataSourceOptions(url, ENTITIES, MIGRATIONS, 1)).initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();
  const pgVersion = await onServer(serverUrl, async (client) => (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v);
  return { name, url, pgVersion };
}

/**
 * The API in this process, as test/support/test-app.ts starts it, on a free port, with queue keys of its own in
 * Redis; closed and the keys removed at cleanup. Call it after the load threads' patches (it loads the app).
 */
export async function startApi(databaseUrl: string, redisUrl: string, env: Record<string, string> = {}): Promise<{ app: INestApplication; baseUrl: string }> {
  const queuePrefix = `bench${randomBytes(5).toString('hex')}`;
  onCleanup('redis keys', async () => {
    const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
    try {
      let cursor = '0';
      do {
        const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 1000);
        cursor = nextCursor;
        if (keys.length) await redis.unlink(...keys);
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL: '7200',
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    WEB_DIST: resolve(__dirname, '../no-web'),
    DB_POOL_SIZE: '20',
    ...env,
  });
  const { AppModule } = await import('../../apps/api/src/app.module');
  const { setupApp } = await import('../../apps/api/src/setup-app');
  const app: INestApplication = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false, abortOnError: false });
  setupApp(app);
  onCleanup('api', () => app.close());
  await app.listen(0, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
}

export async function httpJson<T>(baseUrl: string, method: string, path: string, token: string | null, body?: unknown, expect = 200): Promise<T> {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expect) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A Markdown-style table; widths by characters (CJK counted as one). */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
