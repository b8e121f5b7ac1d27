import { dropDatabases, runPrefix } from './database';

/** Drops this run's template and anything a crashed test file left behind. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.SQMY_TEST_RUN) await dropDatabases(runPrefix());
}
