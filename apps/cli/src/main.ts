import 'reflect-metadata';
import { seedDemoCommittee } from '@sqmy/accounts';
import { seedDemoBulletins } from '@sqmy/bulletins';
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { DataSource } from 'typeorm';
import { printDemoAccounts } from './print-demo-accounts';

const COMMANDS: Record<string, (dataSource: DataSource) => Promise<void>> = {
  /** Applies pending migrations. */
  async migrate(dataSource) {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `已执行迁移：${applied.map((m) => m.name).join(', ')}` : '数据库结构已是最新');
  },
  /** Loads the demo committee 晋中市政协 into an empty database. */
  async 'seed-demo'(dataSource) {
    const demo = await seedDemoCommittee(dataSource);
    if (demo) {
      await seedDemoBulletins(dataSource, demo.organisations['晋中市政协']);
      printDemoAccounts(demo);
    }
    else console.log('数据库中已有组织，跳过演示数据');
  },
};

async function main(): Promise<void> {
  const command = process.argv[2] ?? '';
  const run = COMMANDS[command];
  if (!run) {
    console.error(`用法: node dist/apps/cli/main.js <${Object.keys(COMMANDS).join('|')}>`);
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('配置错误 DATABASE_URL: 未设置');
    process.exit(1);
  }
  const dataSource = await new DataSource(dataSourceOptions(url, ENTITIES, MIGRATIONS, 2)).initialize();
  try {
    await run(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
