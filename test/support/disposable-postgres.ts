import { execFile, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { DataSource } from 'typeorm';
import { freePort } from './redis-server';

const run = promisify(execFile);
/** PostgreSQL refuses to run as root: the server runs as the system's `postgres` user. */
const OS_USER = 'postgres';

async function binaries(): Promise<string> {
  const versions = (await readdir('/usr/lib/postgresql')).sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('no PostgreSQL server under /usr/lib/postgresql');
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/** The command line that runs `program` as the `postgres` user (directly when this process is not root). */
function asPostgresUser(bin: string, program: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', OS_USER, '--', join(bin, program), ...args]] : [join(bin, program), args];
}

async function asPostgres(bin: string, program: string, args: string[]): Promise<void> {
  await run(...asPostgresUser(bin, program, args), { timeout: 120_000 });
}

/**
 * A throw-away PostgreSQL server of this test's own (initdb + pg_ctl on a free port, data in a
 * temporary directory), migrated like the shared template, so a test can stop and restart it.
 */
export class DisposablePostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
  ) {}

  static async start(): Promise<DisposablePostgres> {
    const dir = await mkdtemp(join(tmpdir(), 'sqmy-pg-'));
    const { uid, gid } = await userIds(OS_USER);
    await chown(dir, uid, gid);
    const server = new DisposablePostgres(await freePort(), dir, await binaries());
    // Should the test end without destroy() (a timed-out hook, a forced exit), the server goes with the process.
    process.once('exit', () => server.destroySync());
    await asPostgres(server.bin, 'initdb', ['-D', server.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    await server.restart();
    await server.migrate();
    return server;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Starts the server (same port, same data) unless it runs, and waits until it accepts connections. */
  async restart(): Promise<void> {
    if (await this.running()) return;
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await asPostgres(this.bin, 'pg_ctl', ['-D', this.dataDir, '-l', join(this.dir, 'server.log'), '-o', options, '-w', '-t', '120', 'start']);
  }

  /** Stops the server; `immediate` is a crash (no shutdown checkpoint), `fast` a clean restart. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await asPostgres(this.bin, 'pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '120', 'stop']).catch(async (error: Error) => {
      if (!(await this.running())) return;
      throw error;
    });
  }

  async running(): Promise<boolean> {
    return asPostgres(this.bin, 'pg_ctl', ['-D', this.dataDir, 'status']).then(
      () => true,
      () => false,
    );
  }

  async destroy(): Promise<void> {
    await this.stop('immediate');
    await rm(this.dir, { recursive: true, force: true });
  }

  private destroySync(): void {
    spawnSync(...asPostgresUser(this.bin, 'pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async migrate(): Promise<void> {
    const dataSource = await new DataSource(dataSourceOptions(this.url, ENTITIES, MIGRATIONS, 1)).initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  }
}

async function userIds(name: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
