import { LEDGER_COLUMNS, toCsv } from '@sqmy/ledger';
import { outboxJobId, QueueName } from '@sqmy/queue';
import { Job, Queue } from 'bullmq';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth, deskClient } from '../support/desk';
import { signIn } from '../support/http';
import { importLedger } from '../support/ledger';
import { createTestApp, TestApp } from '../support/test-app';

const LEDGER_ROWS = 2_000;

type Column = (typeof LEDGER_COLUMNS)[number];
const ledger = (count: number) => {
  const rows: Partial<Record<Column, string>>[] = Array.from({ length: count }, (_, i) => ({
    编号: `P${i + 1}`,
    标题: `关于完善社区养老服务的建议第${i + 1}号`,
    作者: '张信息',
    报送单位: '民盟晋中市委会',
    类别: '民生',
    来稿日期: '2024-03-05',
  }));
  return Buffer.from(toCsv([[...LEDGER_COLUMNS], ...rows.map((r) => LEDGER_COLUMNS.map((c) => r[c] ?? ''))]));
};

/**
 * A large ledger import queues thousands of intake jobs; an item submitted meanwhile is indexed first
 * (the import's jobs run in the background), not after all of them.
 */
describe('a large 台账 import does not delay the intake of a new submission', () => {
  let t: TestApp;
  let intake: Queue;
  let editor: Auth;
  let informant: Auth;
  let jinzhong: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { STORAGE_DIR: mkdtempSync(join(tmpdir(), 'sqmy-priority-')) } });
    const demo = await seedDemoCommitteeFull(t.dataSource);
    jinzhong = demo.organisations['晋中市政协'];
    [editor, informant] = await Promise.all(['editor', 'informant'].map((u) => signIn(t, u, 'Demo@2026')));
    intake = new Queue(QueueName.Intake, { connection: { url: process.env.REDIS_URL }, prefix: t.queuePrefix });
  });
  afterAll(async () => {
    await intake.resume();
    await intake.close();
    await t.close();
  }, 180_000);

  const outboxRow = async (sql: string, params: unknown[]) => (await t.dataSource.query<{ id: string }[]>(sql, params))[0]?.id;

  it('the fresh submission’s intake runs before every intake job of the import queued ahead of it', async () => {
    // The intake queue is held while both are queued, so the order the worker picks them in is the queue's, not a race.
    await intake.pause();
    const imported = await importLedger(t, editor, jinzhong, ledger(LEDGER_ROWS), '台账.csv', 180_000);
    expect(imported).toMatchObject({ status: 'succeeded', created: LEDGER_ROWS });
    const fresh = await deskClient(t).submitted(informant, { title: '关于导入期间新报送稿件的建议' });
    const freshRow = await outboxRow(`SELECT id FROM outbox_message WHERE job_name = 'intake-item' AND payload->>'itemId' = $1`, [fresh]);
    for (;;) {
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'intake' AND dispatched_at IS NULL`);
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const firstImported = await outboxRow(`SELECT min(id) AS id FROM outbox_message WHERE job_name = 'intake-item' AND id < $1`, [freshRow]);
    expect(BigInt(firstImported)).toBeLessThan(BigInt(freshRow)); // the import's jobs were queued first

    await intake.resume();
    let freshJob: Job | undefined;
    for (const deadline = Date.now() + 120_000; !freshJob?.finishedOn; ) {
      if (Date.now() > deadline) throw new Error('the fresh submission was not indexed');
      await new Promise((r) => setTimeout(r, 100));
      freshJob = await intake.getJob(outboxJobId(freshRow));
    }
    // No job of the import started before the fresh one (processedOn: when a worker took the job).
    const started = await intake.getJobs(['active', 'completed']);
    const importStartedEarlier = started.filter((job) => job.id !== freshJob!.id && job.processedOn! < freshJob!.processedOn!);
    expect(importStartedEarlier.length).toBe(0);
    // And the import's jobs do run, behind it.
    for (const deadline = Date.now() + 120_000; (await intake.getJobCountByTypes('completed')) < 2; ) {
      if (Date.now() > deadline) throw new Error('the import’s intake jobs did not run');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 300_000);
});
