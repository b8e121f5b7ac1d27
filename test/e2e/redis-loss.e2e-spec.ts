import { JobName, JobSchedulerId, QueueName, QueueUpkeep } from '@sqmy/queue';
import { Queue } from 'bullmq';
import request from 'supertest';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth, deskClient } from '../support/desk';
import { signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { closeOnRedis, DisposableRedis } from '../support/redis-server';
import { createTestApp, TestApp } from '../support/test-app';

const SUBMITS = 12;

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still not: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Real PostgreSQL and a redis-server of this test's own, restarted EMPTY (no persistence, as in
 * docker-compose) while the work of a dozen submissions waits in it: losing Redis loses no work and
 * no schedule, and nothing is done twice.
 */
describe('Redis restarted empty with jobs waiting: the work is sent again, the schedules come back', () => {
  let redis: DisposableRedis;
  let t: TestApp;
  let informant: Auth;
  let committeeId: string;
  const queue = (name: QueueName) => new Queue(name, { connection: { url: redis.url }, prefix: t.queuePrefix });
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query<{ n: number }[]>(sql, params))[0].n;

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    // One job at a time, so the near-duplicates among the submissions are found however the jobs are ordered.
    t = await createTestApp({ redisUrl: redis.url, env: { OUTBOX_RECONCILE_MS: '300', WORKER_CONCURRENCY: '1' } });
    const demo = await seedDemoCommitteeFull(t.dataSource);
    committeeId = demo.organisations['晋中市政协'];
    informant = await signIn(t, 'informant', 'Demo@2026');
    await drainJobs(t);
  });
  afterAll(() => closeOnRedis(t, redis), 180_000);

  it('every submission waiting in Redis is indexed and its editors told exactly once after Redis comes back empty', async () => {
    // The worker is busy elsewhere: the intake and notification queues hold their jobs (paused in Redis).
    const paused = [queue(QueueName.Intake), queue(QueueName.Notifications)];
    await Promise.all(paused.map((q) => q.pause()));
    const desk = deskClient(t);
    const ids: string[] = [];
    for (let i = 0; i < SUBMITS; i += 1) ids.push(await desk.submitted(informant, { title: `关于加强农村养老服务体系建设的建议（${i + 1}）` }));
    await until('every intake job handed to Redis', async () =>
      (await count(`SELECT count(*)::int AS n FROM outbox_message WHERE job_name = 'intake-item' AND dispatched_at IS NULL`)) === 0 &&
      (await paused[0].getJobCountByTypes('wait', 'prioritized')) === SUBMITS);
    expect(await count('SELECT count(*)::int AS n FROM item_search WHERE item_id = ANY($1)', [ids])).toBe(0);
    await Promise.all(paused.map((q) => q.close()));

    // Redis dies and comes back with nothing: the waiting jobs and the job schedulers are gone.
    await redis.stop();
    await t.dataSource.query(`UPDATE job_schedule_run SET last_run_at = '2024-05-20T00:00:00Z' WHERE scheduler_id = $1`, [JobSchedulerId.MonthlyStatsReports]);
    const restartedAt = new Date();
    await redis.restart();

    await until('every submission indexed', async () => (await count('SELECT count(*)::int AS n FROM item_search WHERE item_id = ANY($1)', [ids])) === SUBMITS);
    await drainJobs(t, 120_000);

    // Exactly once in effect: one search row per item, one notice per editor and item, each pair of near-duplicates once.
    expect(await count('SELECT count(*)::int AS n FROM item_search WHERE item_id = ANY($1)', [ids])).toBe(SUBMITS);
    const editors = await count(
      `SELECT count(*)::int AS n FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE o.committee_id = $1 AND u.active AND 'editor' = ANY(u.roles)`,
      [committeeId],
    );
    expect(editors).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM notification WHERE title = '收到新稿件'`)).toBe(SUBMITS * editors);
    const nearPairs = await count(
      `SELECT count(*)::int AS n FROM item a JOIN item b ON a.id <> b.id
        WHERE a.id = ANY($1) AND b.id = ANY($1) AND bit_count(int8send(a.simhash # b.simhash)) <= 3`,
      [ids],
    );
    expect(nearPairs).toBeGreaterThan(0);
    const similar = 'FROM item_similarity WHERE item_id = ANY($1) AND similar_item_id = ANY($1)';
    expect(await count(`SELECT count(*)::int AS n ${similar}`, [ids])).toBe(nearPairs);
    expect(await count(`SELECT count(DISTINCT (item_id, similar_item_id))::int AS n ${similar}`, [ids])).toBe(nearPairs);
    expect(await count('SELECT count(*)::int AS n FROM outbox_message WHERE completed_at IS NULL')).toBe(0);

    // The schedulers are registered again; the monthly 统计通报 missed since May is caught up once, the hourly reminders ran again.
    const desks = queue(QueueName.Desk);
    const reports = queue(QueueName.StatsReports);
    try {
      expect(await desks.getJobScheduler(JobSchedulerId.DeskReminders)).toMatchObject({ every: 3_600_000 });
      expect(await reports.getJobScheduler(JobSchedulerId.MonthlyStatsReports)).toMatchObject({ pattern: '0 6 1 * *', tz: 'Asia/Shanghai' });
    } finally {
      await Promise.all([desks.close(), reports.close()]);
    }
    const runs = await t.dataSource.query<{ scheduler_id: string; last_run_at: Date }[]>('SELECT scheduler_id, last_run_at FROM job_schedule_run');
    expect(runs.every((run) => run.last_run_at >= restartedAt)).toBe(true);
    expect(runs.map((run) => run.scheduler_id).sort()).toEqual([JobSchedulerId.DeskReminders, JobSchedulerId.MonthlyStatsReports]);
    expect(await count('SELECT count(*)::int AS n FROM outbox_message WHERE job_name = $1', [JobName.QueueStatsReports])).toBe(1);
  });

  it('health shows each schedule’s next run, and which is missing while Redis has lost it', async () => {
    const healthy = await request(t.url).get('/health/schedules').expect(200);
    const next = (id: JobSchedulerId) => new Date(healthy.body.details[id].next).getTime();
    expect(next(JobSchedulerId.DeskReminders)).toBeGreaterThan(Date.now() - 60_000);
    expect(next(JobSchedulerId.MonthlyStatsReports)).toBeGreaterThan(Date.now());
    expect(new Date(next(JobSchedulerId.MonthlyStatsReports)).getUTCHours()).toBe(22); // 06:00 in Asia/Shanghai

    // While Redis is away, and while a scheduler is missing (the worker's upkeep held, the scheduler removed), health says so.
    await redis.stop();
    const away = await request(t.url).get('/health/schedules').expect(503);
    expect(away.body.error[JobSchedulerId.DeskReminders]).toMatchObject({ status: 'down' });
    await redis.restart();
    await until('health ok again', async () => (await request(t.url).get('/health/schedules')).status === 200);
    const upkeep = t.worker!.get(QueueUpkeep);
    await upkeep.onApplicationShutdown();
    const desks = queue(QueueName.Desk);
    try {
      await desks.removeJobScheduler(JobSchedulerId.DeskReminders);
      const missing = await request(t.url).get('/health/schedules').expect(503);
      expect(missing.body.error[JobSchedulerId.DeskReminders]).toEqual({ status: 'down', message: '未登记 (worker 会重新登记)' });
      expect(missing.body.info[JobSchedulerId.MonthlyStatsReports]).toEqual({ status: 'up', next: expect.any(String) });
      await upkeep.onApplicationBootstrap();
      await request(t.url).get('/health/schedules').expect(200);
      expect(await desks.getJobScheduler(JobSchedulerId.DeskReminders)).toMatchObject({ every: 3_600_000 });
    } finally {
      await desks.close();
    }
  });
});
