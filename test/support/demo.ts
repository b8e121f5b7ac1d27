import { DemoCommittee, seedDemoCommittee } from '@sqmy/accounts';
import { DataSource } from 'typeorm';

export type DemoAccounts = DemoCommittee['accounts'];

/** Loads the demo committee 晋中市政协 into a test database and returns its accounts. */
export async function seedDemo(dataSource: DataSource): Promise<DemoAccounts> {
  return (await seedDemoCommittee(dataSource))!.accounts;
}

/** The demo committee with organisation ids by name, for tests that need both. */
export async function seedDemoCommitteeFull(dataSource: DataSource): Promise<DemoCommittee> {
  return (await seedDemoCommittee(dataSource))!;
}
