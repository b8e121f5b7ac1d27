import type { Config } from 'jest';

const sqmyPaths = {
  '^@sqmy/(.*)$': '<rootDir>/libs/$1/src',
};

const transform: Config['transform'] = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
};

const common: Config = {
  rootDir: '.',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: sqmyPaths,
  transform,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

/**
 * Four tiers: unit (no I/O), e2e (the real Nest app on real PostgreSQL and Redis, one fresh
 * database per file), browser (playwright-core driving Debian's chromium), start (the launcher).
 */
const config: Config = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    { ...common, displayName: 'start', testMatch: ['<rootDir>/test/start/**/*.start-spec.ts'] },
  ],
  // A bound, not a speed target: e2e steps wait on real PostgreSQL, Redis and chromium. The launcher test sets its own.
  testTimeout: 60_000,
};

export default config;
