import request from 'supertest';
import { seedDemo } from '../support/demo';
import { signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { closeOnRedis, DisposableRedis } from '../support/redis-server';
import { createTestApp, TestApp } from '../support/test-app';

/** Real PostgreSQL, a real redis-server this test stops and starts again. */
describe('transactional outbox: stopping Redis while people work loses nothing', () => {
  let redis: DisposableRedis;
  let t: TestApp;

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    t = await createTestApp({ redisUrl: redis.url });
    await seedDemo(t.dataSource);
  });
  afterAll(() => closeOnRedis(t, redis), 180_000);

  const pending = async () =>
    (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL'))[0].n;

  it('outbox rows wait while Redis is down and are delivered exactly once when it is back', async () => {
    const editor = await signIn(t, 'editor', 'Demo@2026');
    const admin = await signIn(t, 'admin', 'Demo@2026');
    await drainJobs(t);

    await redis.stop();
    // People keep working: the state change and its outbox row commit in PostgreSQL.
    await request(t.url).put('/api/v1/auth/password').set(editor).send({ currentPassword: 'Demo@2026', newPassword: 'Editor2026x' }).expect(204);
    const me = await request(t.url).get('/api/v1/auth/me').set(admin).expect(200);
    await request(t.url)
      .post('/api/v1/users')
      .set(admin)
      .send({ username: 'newcomer', name: '新同志', password: 'Welcome2026', roles: ['informant'], orgId: me.body.organisation.id })
      .expect(201);

    // The dispatcher tries, fails against the missing Redis and notes it on the rows; the rows stay put.
    const attempts = async () =>
      (await t.dataSource.query<{ n: number }[]>('SELECT coalesce(min(dispatch_attempts), 0)::int AS n FROM outbox_message WHERE dispatched_at IS NULL'))[0].n;
    for (let waited = 0; (await attempts()) === 0 && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(await attempts()).toBeGreaterThan(0);
    expect(await pending()).toBe(2);

    await redis.restart();
    await drainJobs(t, 30_000);
    expect(await pending()).toBe(0);

    const notifications = await request(t.url).get('/api/v1/notifications').set(editor).expect(200);
    expect(notifications.body.items.map((n: { title: string }) => n.title)).toEqual(['密码已修改']);
    const newcomer = await signIn(t, 'newcomer', 'Welcome2026');
    const welcome = await request(t.url).get('/api/v1/notifications').set(newcomer).expect(200);
    expect(welcome.body.unreadCount).toBe(1);
  });

  it('delivering the same job again changes nothing (idempotent processor)', async () => {
    const [row] = await t.dataSource.query<{ id: string; payload: { userIds: string[]; title: string; body: string } }[]>(
      `SELECT id, payload FROM outbox_message WHERE job_name = 'notify-users' ORDER BY id LIMIT 1`,
    );
    // Un-dispatch the row: the dispatcher enqueues it again under the same job id.
    await t.dataSource.query('UPDATE outbox_message SET dispatched_at = NULL WHERE id = $1', [row.id]);
    await drainJobs(t);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM notification WHERE source_key = $1', [
      `outbox-${row.id}`,
    ]);
    expect(n).toBe(row.payload.userIds.length);
  });
});
