import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Boots an app's real entry point (compiled on the fly) with the given environment. */
function boot(entry: string, env: Record<string, string | undefined>) {
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry], {
    cwd: root,
    env: { PATH, HOME, TS_NODE_PROJECT: 'tsconfig.json', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('start-up configuration', () => {
  it.each(['apps/api/src/main.ts', 'apps/worker/src/main.ts'])('%s refuses a bad variable with one line naming it', (entry) => {
    const result = boot(entry, {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/none',
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 'too-short',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^配置错误 JWT_SECRET: JWT_SECRET 至少 32 个字符/)]);
  });
});
