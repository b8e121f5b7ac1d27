import request from 'supertest';
import { DemoAccounts, seedDemo } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  let demo: DemoAccounts;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3' } });
    demo = await seedDemo(t.dataSource);
  });
  afterAll(() => t.close());

  it('the demo editor signs in and sees their account, committee included', async () => {
    const login = await request(t.url).post('/api/v1/auth/login').send({ username: 'Editor', password: 'Demo@2026' }).expect(200);
    expect(login.body).toEqual(
      expect.objectContaining({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 }),
    );
    expect(login.headers['set-cookie']?.[0]).toMatch(/^sqmy_access=.*HttpOnly/);
    const me = await request(t.url).get('/api/v1/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toEqual(
      expect.objectContaining({ username: 'editor', name: '李编辑', roles: ['editor'], committee: expect.objectContaining({ name: '晋中市政协' }) }),
    );
  });

  it('the account says what its roles may do: an informant writes items, the chief editor reviews them', async () => {
    const permissionsOf = async (username: string) => (await request(t.url).get('/api/v1/auth/me').set(await signIn(t, username, 'Demo@2026')).expect(200)).body.permissions;
    expect(await permissionsOf(demo.informant.username)).toEqual(['organisations:read', 'items:read', 'items:write', 'topics:read', 'commissions:read', 'standing:read']);
    const chief = await permissionsOf(demo.chiefEditor.username);
    expect(chief).toEqual(expect.arrayContaining(['items:read', 'items:search', 'items:review', 'desk:read', 'desk:settings', 'bulletins:sign']));
    expect(chief).not.toContain('items:write');
    expect(chief).not.toContain('items:screen');
    const login = await request(t.url).post('/api/v1/auth/login').send({ username: demo.chiefEditor.username, password: 'Demo@2026' }).expect(200);
    expect(login.body.user.permissions).toEqual(chief);
  });

  it('a wrong password is refused in Chinese, and repeated failures lock the account for a while', async () => {
    for (let i = 0; i < 3; i += 1) {
      const wrong = await request(t.url).post('/api/v1/auth/login').send({ username: demo.analyst.username, password: 'nope12345' });
      expectErrorShape(wrong.body, 401, 'INVALID_CREDENTIALS');
      expect(wrong.body.message).toBe('用户名或密码错误');
    }
    const locked = await request(t.url).post('/api/v1/auth/login').send({ username: demo.analyst.username, password: 'Demo@2026' });
    expectErrorShape(locked.body, 429, 'LOGIN_THROTTLED');
    // Other accounts are not affected.
    await request(t.url).post('/api/v1/auth/login').send({ username: demo.chiefEditor.username, password: 'Demo@2026' }).expect(200);
  });

  it('refresh rotates the token; replaying a spent refresh token ends the session', async () => {
    const login = await request(t.url).post('/api/v1/auth/login').send({ username: 'informant', password: 'Demo@2026' }).expect(200);
    const first = await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(login.body.refreshToken);
    const replay = await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken });
    expectErrorShape(replay.body, 401, 'SESSION_ENDED');
    await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    await request(t.url).get('/api/v1/auth/me').set('Authorization', `Bearer ${first.body.accessToken}`).expect(401);
  });

  it('logout revokes both the access and the refresh token', async () => {
    const login = await request(t.url).post('/api/v1/auth/login').send({ username: 'member', password: 'Demo@2026' }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    await request(t.url).post('/api/v1/auth/logout').set(auth).expect(204);
    const after = await request(t.url).get('/api/v1/auth/me').set(auth);
    expectErrorShape(after.body, 401, 'SESSION_ENDED');
    await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('changing the password ends other sessions, keeps this one, and notifies through the queue', async () => {
    const other = await signIn(t, 'informant2', 'Demo@2026');
    const current = await signIn(t, 'informant2', 'Demo@2026');
    const wrong = await request(t.url).put('/api/v1/auth/password').set(current).send({ currentPassword: 'bad', newPassword: 'NewPass2026' });
    expectErrorShape(wrong.body, 400, 'WRONG_PASSWORD');
    const weak = await request(t.url).put('/api/v1/auth/password').set(current).send({ currentPassword: 'Demo@2026', newPassword: 'short' });
    expectErrorShape(weak.body, 400, 'VALIDATION_FAILED');
    expect(weak.body.details).toEqual([expect.objectContaining({ field: 'newPassword' })]);

    await request(t.url).put('/api/v1/auth/password').set(current).send({ currentPassword: 'Demo@2026', newPassword: 'NewPass2026' }).expect(204);
    await request(t.url).get('/api/v1/auth/me').set(other).expect(401);
    await request(t.url).get('/api/v1/auth/me').set(current).expect(200);
    await request(t.url).post('/api/v1/auth/login').send({ username: 'informant2', password: 'Demo@2026' }).expect(401);
    await request(t.url).post('/api/v1/auth/login').send({ username: 'informant2', password: 'NewPass2026' }).expect(200);

    await drainJobs(t);
    const list = await request(t.url).get('/api/v1/notifications').set(current).expect(200);
    expect(list.body.unreadCount).toBe(1);
    expect(list.body.items[0]).toEqual(expect.objectContaining({ title: '密码已修改', link: '/account', readAt: null }));
  });

  it('bad input never reaches a 500: malformed JSON, unknown fields, wrong types, over-long strings', async () => {
    const malformed = await request(t.url).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"username":');
    expectErrorShape(malformed.body, 400, 'MALFORMED_JSON');
    expect(malformed.body.requestId).toEqual(expect.any(String));

    const unknown = await request(t.url).post('/api/v1/auth/login').send({ username: 'a', password: 'b', admin: true });
    expectErrorShape(unknown.body, 400, 'VALIDATION_FAILED');
    expect(unknown.body.details).toEqual([{ field: 'admin', message: '不允许的字段 admin' }]);

    const types = await request(t.url).post('/api/v1/auth/login').send({ username: 42, password: ['x'] });
    expectErrorShape(types.body, 400, 'VALIDATION_FAILED');
    expect(types.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['username', 'password']));

    const long = await request(t.url).post('/api/v1/auth/login').send({ username: 'x'.repeat(65), password: 'y' });
    expect(long.body.details).toEqual([expect.objectContaining({ field: 'username' })]);

    const noToken = await request(t.url).get('/api/v1/auth/me');
    expectErrorShape(noToken.body, 401, 'UNAUTHENTICATED');
    const badToken = await request(t.url).get('/api/v1/auth/me').set('Authorization', 'Bearer not.a.jwt');
    expectErrorShape(badToken.body, 401, 'SESSION_ENDED');
  });

  it('answers every request with a request id, taken from the caller when given', async () => {
    const response = await request(t.url).get('/health/live').set('X-Request-Id', 'trace-12345678').expect(200);
    expect(response.headers['x-request-id']).toBe('trace-12345678');
  });
});
