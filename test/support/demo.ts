import { DemoCommittee, seedDemoCommittee } from '@sqmy/accounts';
import { seedDemoBulletins } from '@sqmy/bulletins';
import { DataSource } from 'typeorm';

export type DemoAccounts = DemoCommittee['accounts'];

/** Loads the demo committee 晋中市政协 into a test database and returns its accounts. */
export async function seedDemo(dataSource: DataSource): Promise<DemoAccounts> {
  return (await seedDemoCommitteeFull(dataSource)).accounts;
}

/** The demo committee with organisation ids by name, for tests that need both. */
export async function seedDemoCommitteeFull(dataSource: DataSource): Promise<DemoCommittee> {
  const demo = (await seedDemoCommittee(dataSource))!;
  await seedDemoBulletins(dataSource, demo.organisations['晋中市政协']);
  return demo;
}
