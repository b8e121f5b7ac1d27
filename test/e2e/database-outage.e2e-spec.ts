import { Queue } from 'bullmq';
import request from 'supertest';
import { JobName, QueueName } from '@sqmy/queue';
import { DisposablePostgres } from '../support/disposable-postgres';
import { seedDemo } from '../support/demo';
import { expectErrorShape } from '../support/http';
import { drainJobs } from '../support/jobs';
import { DisposableRedis } from '../support/redis-server';
import { createTestApp, TestApp } from '../support/test-app';

const BODY = '一、基本情况。我市农村60岁以上老人占比超过25%。二、存在问题。养老服务设施不足。三、建议。加快建设农村互助幸福院。';

interface Session {
  accessToken: string;
  refreshToken: string;
}

/**
 * The API and the worker on a PostgreSQL server and a redis-server of this test's own, which it
 * stops and starts again while people work. Nothing is mocked.
 */
describe('a PostgreSQL restart: people wait, nobody is signed out, everything resumes by itself', () => {
  let postgres: DisposablePostgres;
  let redis: DisposableRedis;
  let t: TestApp;
  let editor: Session;
  let informant: Session;
  /** The administrator's access cookie, which lets Bull Board's page in. */
  let adminCookie: string;
  let editorId: string;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([DisposablePostgres.start(), DisposableRedis.start()]);
    t = await createTestApp({ databaseUrl: postgres.url, redisUrl: redis.url });
    await seedDemo(t.dataSource);
    [editor, informant] = await Promise.all(['editor', 'informant'].map(login));
    const admin = await request(t.url).post('/api/v1/auth/login').send({ username: 'admin', password: 'Demo@2026' }).expect(200);
    adminCookie = (admin.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    editorId = (await request(t.url).get('/api/v1/auth/me').set(bearer(editor)).expect(200)).body.id;
  }, 180_000);
  afterAll(async () => {
    await Promise.all([postgres.restart().catch(() => undefined), redis.restart()]);
    try {
      await t.close();
    } finally {
      await Promise.all([postgres.destroy(), redis.stop()]);
    }
  }, 180_000);

  async function login(username: string): Promise<Session> {
    const response = await request(t.url).post('/api/v1/auth/login').send({ username, password: 'Demo@2026' });
    if (response.status !== 200) throw new Error(`sign-in as ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Session;
  }
  const bearer = (session: Session) => ({ Authorization: `Bearer ${session.accessToken}` });

  /** A person's everyday calls: the session check, a list, notifications, a submit, sign-in and token refresh. */
  const everyday = () => [
    request(t.url).get('/api/v1/auth/me').set(bearer(editor)),
    request(t.url).get('/api/v1/items?status=submitted').set(bearer(editor)),
    request(t.url).get('/api/v1/notifications').set(bearer(informant)),
    request(t.url)
      .post('/api/v1/items')
      .set(bearer(informant))
      .send({ title: '关于加强农村养老服务体系建设的建议', body: BODY, categoryCode: 'livelihood', submit: true }),
    request(t.url).post('/api/v1/auth/login').send({ username: 'member', password: 'Demo@2026' }),
  ];

  it('while PostgreSQL stops and is away, every call answers 503 with Retry-After, never 401 or 500', async () => {
    // Calls in flight while the server shuts down: each one either completes or is told to retry.
    const statuses: number[] = [];
    let stopping = true;
    const traffic = (async () => {
      while (stopping) statuses.push(...(await Promise.all(everyday())).map((response) => response.status));
    })();
    try {
      await postgres.stop();
    } finally {
      stopping = false;
      await traffic;
    }
    expect(statuses.filter((status) => ![200, 201, 503].includes(status))).toEqual([]);

    const refresh = request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: editor.refreshToken });
    for (const response of await Promise.all([...everyday(), refresh])) {
      expect({ url: response.request.url, status: response.status }).toEqual({ url: response.request.url, status: 503 });
      expectErrorShape(response.body, 503, 'SERVICE_UNAVAILABLE');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }

    // Bull Board's page too: told to retry, not sent to the sign-in page.
    const board = await request(t.url).get('/admin/queues').set('Cookie', adminCookie).set('Accept', 'text/html');
    expect(board.status).toBe(503);
    expectErrorShape(board.body, 503, 'SERVICE_UNAVAILABLE');
    expect(Number(board.headers['retry-after'])).toBeGreaterThan(0);

    const ready = await request(t.url).get('/health/ready').expect(503);
    expectErrorShape(ready.body, 503, 'NOT_READY');
    expect(ready.body.details).toEqual([expect.objectContaining({ field: 'postgres' })]);
    expect(Number(ready.headers['retry-after'])).toBeGreaterThan(0);
  }, 180_000);

  it('a job that meets the outage waits for PostgreSQL without using up its attempts, and is done once it is back', async () => {
    // Jobs retry 6 times over about a minute; an outage longer than that must not fail them for good.
    const queue = new Queue(QueueName.Notifications, { connection: { url: redis.url }, prefix: t.queuePrefix });
    try {
      const job = await queue.add(JobName.NotifyUsers, { userIds: [editorId], title: '停机期间的通知', body: '数据库恢复后送达' }, { jobId: 'outage-probe', attempts: 2 });
      const deadline = Date.now() + 90_000;
      let seen = await queue.getJob(job.id!);
      // Waits for the third try to have met the outage and put the job back to wait (between two tries it is active).
      while (((seen?.attemptsStarted ?? 0) < 3 || (await seen!.getState()) !== 'delayed') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        seen = await queue.getJob(job.id!);
      }
      expect({ started: seen!.attemptsStarted >= 3, made: seen!.attemptsMade, state: await seen!.getState() }).toEqual({ started: true, made: 0, state: 'delayed' });

      await postgres.restart();
      for (let state = await seen!.getState(); state !== 'completed' && Date.now() < deadline + 90_000; state = await seen!.getState()) {
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(await seen!.getState()).toBe('completed');
    } finally {
      await queue.close();
    }
  }, 240_000);

  it('once PostgreSQL is back the same tokens work without signing in, and the worker’s outbox resumes', async () => {
    await postgres.restart();
    // The apps reconnect by themselves; until the pool has, the answer is still only ever 503.
    const deadline = Date.now() + 60_000;
    let me = await request(t.url).get('/api/v1/auth/me').set(bearer(editor));
    while (me.status === 503 && Date.now() < deadline) me = await request(t.url).get('/api/v1/auth/me').set(bearer(editor));
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('editor');

    const refreshed = await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: editor.refreshToken }).expect(200);
    await request(t.url).get('/api/v1/auth/me').set({ Authorization: `Bearer ${refreshed.body.accessToken}` }).expect(200);
    await request(t.url).get('/api/v1/notifications').set(bearer(informant)).expect(200);
    await request(t.url).get('/admin/queues').set('Cookie', adminCookie).set('Accept', 'text/html').expect(200);
    expect((await request(t.url).get('/health/ready').expect(200)).body).toEqual({
      status: 'ok',
      components: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });

    // The dispatcher lived through the outage: work committed now reaches the worker and its effect is stored.
    await request(t.url)
      .put('/api/v1/auth/password')
      .set(bearer(informant))
      .send({ currentPassword: 'Demo@2026', newPassword: 'Informant2026x' })
      .expect(204);
    await drainJobs(t, 60_000);
    const notifications = await request(t.url).get('/api/v1/notifications').set(bearer(informant)).expect(200);
    expect(notifications.body.items.map((n: { title: string }) => n.title)).toContain('密码已修改');
  }, 180_000);

  it('a Redis outage leaves the API ready, reported as degraded, and a submit still succeeds', async () => {
    await redis.stop();
    const ready = await request(t.url).get('/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'degraded',
      components: { postgres: { status: 'up' }, redis: expect.objectContaining({ status: 'down', effect: expect.any(String) }) },
    });
    const submitted = await request(t.url)
      .post('/api/v1/items')
      .set(bearer(informant))
      .send({ title: '关于加强农村养老服务体系建设的建议', body: BODY, categoryCode: 'livelihood', submit: true })
      .expect(201);
    expect(submitted.body.status).toBe('submitted');
    await redis.restart();
    await drainJobs(t, 60_000);
  }, 180_000);
});
