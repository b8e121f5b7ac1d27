#!/usr/bin/env node
// `npm start`: finds or starts PostgreSQL and Redis, migrates, loads the demo committee,
// then runs the api and the worker until Ctrl-C. See .env.example for the settings.
import fs from 'node:fs';
import path from 'node:path';
import { Children, hasExited } from './lib/children.mjs';
import { ROOT, currentEnv, dataDirOf, ensureJwtSecret, loadDotEnv } from './lib/env.mjs';
import { isPortFree, sleep } from './lib/net.mjs';
import { LauncherError, say, warn } from './lib/output.mjs';
import { resolvePostgres } from './lib/postgres.mjs';
import { resolveRedis } from './lib/redis.mjs';

const CLI = 'dist/apps/cli/main.js';
const API = 'dist/apps/api/main.js';
const WORKER = 'dist/apps/worker/main.js';
const CHILD_STOP_TIMEOUT_MS = 30_000;
const READY_HINT_AFTER_MS = 60_000;

const children = new Children();
const services = []; // PostgreSQL and Redis as resolved, stopped in reverse order
let startingService = Promise.resolve();
let stopping = null;

async function main() {
  loadDotEnv(path.join(ROOT, '.env'));
  const env = currentEnv();
  const dataDir = dataDirOf(env);
  const port = Number(env.PORT ?? 3000);
  requireBuild();
  await requireFreePort(port);
  listenForSignals();
  process.on('exit', killWhatIsLeft);

  const postgres = await startService(resolvePostgres({ env, dataDir }));
  say(`PostgreSQL: ${postgres.label}`);
  const redis = await startService(resolveRedis({ env, dataDir }));
  say(`Redis: ${redis.label}`);

  const appEnv = {
    ...env,
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    JWT_SECRET: env.JWT_SECRET ?? ensureJwtSecret(dataDir),
    STORAGE_DIR: env.STORAGE_DIR ?? path.join(dataDir, 'storage'),
  };
  await children.run('migrate', [CLI, 'migrate'], appEnv);
  await children.run('seed-demo', [CLI, 'seed-demo'], appEnv);
  if (stopping) return;

  children.start('api', API, appEnv, onChildExit);
  children.start('worker', WORKER, appEnv, onChildExit);
  if (await waitUntilReady(port)) say(`已启动: http://localhost:${port}`);
}

function requireBuild() {
  const missing = [CLI, API, WORKER].filter((file) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length > 0) {
    throw new LauncherError(`缺少构建产物 ${missing.join(', ')}：请先运行 npm run build / build output missing, run npm run build`);
  }
}

/** Otherwise the readiness check would find whatever else listens there, and the api would fail to start. */
async function requireFreePort(port) {
  if (Number.isInteger(port) && !(await isPortFree(port))) {
    throw new LauncherError(`端口 ${port} 已被占用：请先停止占用它的程序，或设置 PORT=其他端口 / port ${port} is in use, set PORT`);
  }
}

/** Registers a service as soon as it is up, so a shutdown that begins meanwhile still stops it. */
function startService(starting) {
  const registered = starting.then((service) => {
    services.push(service);
    service.child?.once('exit', () => {
      if (!stopping) setTimeout(() => shutdown(1, `${service.label} 意外退出 / exited unexpectedly`), 250);
    });
    return service;
  });
  startingService = registered.catch(() => {});
  return registered;
}

function onChildExit(name, code, signal) {
  if (stopping) return;
  // Ctrl-C reaches the whole process group: give our own SIGINT handler the chance to run first.
  setTimeout(() => shutdown(1, `${name} 意外退出 / exited unexpectedly (${signal ?? `exit code ${code}`})`), 250);
}

async function waitUntilReady(port) {
  const url = `http://127.0.0.1:${port}/health/ready`;
  const since = Date.now();
  let hinted = false;
  while (!stopping) {
    if (await answers200(url)) return true;
    if (!hinted && Date.now() - since > READY_HINT_AFTER_MS) {
      say(`仍在等待 ${url} 返回 200 / still waiting for the api to become ready`);
      hinted = true;
    }
    await sleep(500);
  }
  return false;
}

async function answers200(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

function listenForSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!stopping) {
        void shutdown(0, `收到 ${signal}，正在停止… / stopping`);
      } else if (signal === 'SIGINT') {
        warn('再次按下 Ctrl-C，强制结束 / second Ctrl-C, killing the apps');
        children.killAll('SIGKILL');
      }
    });
  }
}

/** Last resort when the launcher exits by a crash rather than through shutdown(). */
function killWhatIsLeft() {
  children.killAll('SIGTERM');
  for (const { child } of services) if (child && !hasExited(child)) child.kill('SIGINT');
}

/** Children first (they still use the database), then the services we started, then exit. */
function shutdown(code, reason) {
  stopping ??= (async () => {
    (code === 0 ? say : warn)(reason);
    await children.stopAll(CHILD_STOP_TIMEOUT_MS);
    await startingService;
    for (const service of services.reverse()) {
      await service.stop().catch((error) => warn(`停止失败 / stop failed: ${error.message}`));
    }
    process.exit(code);
  })();
  return stopping;
}

main().catch((error) => {
  if (stopping) return;
  void shutdown(1, error instanceof LauncherError ? error.message : error.stack);
});
