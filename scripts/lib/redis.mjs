// Redis: REDIS_URL, else the local server, else a redis-server of our own under <dataDir>/redis.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { displayPath } from './env.mjs';
import { pickPort, waitFor } from './net.mjs';
import { LauncherError, createTail, maskUrl, say } from './output.mjs';
import { stopChild } from './children.mjs';

const NO_REDIS = [
  '找不到 Redis：本机 6379 端口没有 Redis，PATH 中也没有 redis-server。请任选其一：',
  '  Debian/Ubuntu: sudo apt-get install redis-server',
  '  macOS:         brew install redis',
  '  或设置 REDIS_URL=redis://host:6379 指向已有的 Redis',
  'No Redis found: nothing answers on 127.0.0.1:6379 and redis-server is not on PATH.',
  'Install it (apt-get install redis-server / brew install redis) or set REDIS_URL.',
].join('\n');

/** @returns {Promise<{url: string, label: string, child?: import('node:child_process').ChildProcess, stop(): Promise<void>}>} */
export async function resolveRedis({ env, dataDir }) {
  if (env.REDIS_URL) {
    return { url: env.REDIS_URL, label: `REDIS_URL ${maskUrl(env.REDIS_URL)}`, stop: async () => {} };
  }
  const localPort = Number(env.SQMY_LOCAL_REDIS_PORT ?? 6379);
  const localUrl = `redis://127.0.0.1:${localPort}`;
  if (await answersPing(localUrl)) {
    return { url: localUrl, label: `本机 127.0.0.1:${localPort}`, stop: async () => {} };
  }
  if (!isOnPath('redis-server')) throw new LauncherError(NO_REDIS);
  return startRedisServer(path.join(dataDir, 'redis'));
}

async function answersPing(url) {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1500,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

function isOnPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

async function startRedisServer(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'redis.pid');
  await stopLeftover(pidFile);
  const port = await pickPort(6380);
  const url = `redis://127.0.0.1:${port}`;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--pidfile', pidFile];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createTail();
  child.stdout.on('data', (chunk) => log.push(chunk));
  child.stderr.on('data', (chunk) => log.push(chunk));

  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const ready = await waitFor(async () => exited() || (await answersPing(url)), { timeoutMs: 10_000 });
  if (!ready || exited()) {
    await stopChild(child, 5_000);
    throw new LauncherError(`redis-server 启动失败 / redis-server failed to start\n${log}`);
  }
  return {
    url,
    label: `内置 redis-server (${displayPath(dir)}, 端口 ${port})`,
    child,
    stop: () => stopChild(child, 10_000),
  };
}

/** A redis-server of ours that outlived a killed launcher: it holds no data, so it is simply stopped. */
async function stopLeftover(pidFile) {
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('redis-server')) return;
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // no pid file, process gone, or no /proc (macOS): nothing to do
  }
  say(`停止上次残留的 redis-server (pid ${pid}) / stopping a left-over redis-server`);
  await waitFor(() => !isAlive(pid), { timeoutMs: 5_000 });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
