import request from 'supertest';
import { DemoCommittee } from '@sqmy/accounts';
import { seedDemoCommitteeFull } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { millionRowRoster, rosterXlsx } from '../support/roster';
import { whileAskingHealth } from '../support/responsiveness';
import { createTestApp, TestApp } from '../support/test-app';

describe('organisations, accounts and the informant roster', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  let admin: { Authorization: string };
  let unitAdmin: { Authorization: string };
  const org = (name: string) => demo.organisations[name];

  beforeAll(async () => {
    t = await createTestApp();
    demo = await seedDemoCommitteeFull(t.dataSource);
    admin = await signIn(t, 'admin', 'Demo@2026');
    unitAdmin = await signIn(t, 'unitadmin', 'Demo@2026');
  });
  afterAll(() => t.close());

  describe('the organisation tree', () => {
    it('the admin adds a reporting unit under 晋中市政协; its committee is 晋中市政协', async () => {
      const created = await request(t.url)
        .post('/api/v1/organisations')
        .set(admin)
        .send({ name: '  九三学社晋中市委会 ', kind: 'unit', parentId: org('晋中市政协') })
        .expect(201);
      expect(created.body).toEqual(expect.objectContaining({ name: '九三学社晋中市委会', kind: 'unit', committeeId: org('晋中市政协') }));
      const list = await request(t.url).get('/api/v1/organisations').set(admin).expect(200);
      expect(list.body.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['晋中市政协', '九三学社晋中市委会', '榆次区政协']));
    });

    it('refuses a tree of the wrong shape, a duplicate name and an unknown parent', async () => {
      const wrongShape = await request(t.url).post('/api/v1/organisations').set(admin).send({ name: '某省', kind: 'provincial', parentId: org('晋中市政协') });
      expectErrorShape(wrongShape.body, 422, 'INVALID_PARENT');
      expect(wrongShape.body.message).toBe('省级政协不能设在市级政协之下');
      const duplicate = await request(t.url).post('/api/v1/organisations').set(admin).send({ name: '晋中市工商联', kind: 'unit', parentId: org('晋中市政协') });
      expectErrorShape(duplicate.body, 409, 'ORGANISATION_NAME_TAKEN');
      const badKind = await request(t.url).post('/api/v1/organisations').set(admin).send({ name: 'x', kind: 'club', parentId: org('晋中市政协') });
      expectErrorShape(badKind.body, 400, 'VALIDATION_FAILED');
      expect(badKind.body.details).toEqual([expect.objectContaining({ field: 'kind' })]);
      const badId = await request(t.url).post('/api/v1/organisations').set(admin).send({ name: 'x', kind: 'unit', parentId: 'not-a-uuid' });
      expectErrorShape(badId.body, 400, 'INVALID_ID');
      const unknown = await request(t.url)
        .post('/api/v1/organisations')
        .set(admin)
        .send({ name: 'x', kind: 'unit', parentId: '00000000-0000-4000-8000-000000000000' });
      expectErrorShape(unknown.body, 404, 'NOT_FOUND');
      const tooLong = await request(t.url).patch(`/api/v1/organisations/${org('晋中市工商联')}`).set(admin).send({ name: '长'.repeat(101) });
      expectErrorShape(tooLong.body, 400, 'VALIDATION_FAILED');
    });

    it('an administrator cannot reach above their own organisation', async () => {
      const above = await request(t.url).post('/api/v1/organisations').set(admin).send({ name: '某单位', kind: 'unit', parentId: org('山西省政协') });
      expectErrorShape(above.body, 403, 'OUT_OF_SCOPE');
    });
  });

  describe('accounts', () => {
    it('the admin creates an editor; usernames are unique regardless of case', async () => {
      const body = { username: 'NewEditor', name: '钱编辑', phone: '13912345678', password: 'Editor2026', roles: ['editor'], orgId: org('晋中市政协') };
      const created = await request(t.url).post('/api/v1/users').set(admin).send(body).expect(201);
      expect(created.body).toEqual(expect.objectContaining({ username: 'NewEditor', roles: ['editor'], active: true }));
      expect(created.body).not.toHaveProperty('passwordHash');
      const again = await request(t.url).post('/api/v1/users').set(admin).send({ ...body, username: 'neweditor', phone: null });
      expectErrorShape(again.body, 409, 'USERNAME_TAKEN');
      const samePhone = await request(t.url).post('/api/v1/users').set(admin).send({ ...body, username: 'other' });
      expectErrorShape(samePhone.body, 409, 'PHONE_TAKEN');
      await signIn(t, 'neweditor', 'Editor2026');
    });

    it('a unit liaison manages the own unit’s informants only, and can grant no other role', async () => {
      const mine = await request(t.url)
        .post('/api/v1/users')
        .set(unitAdmin)
        .send({ username: 'mm-li', name: '李盟员', password: 'Member2026', roles: ['informant'], orgId: org('民盟晋中市委会'), identity: 'member' })
        .expect(201);
      const editorRole = await request(t.url)
        .post('/api/v1/users')
        .set(unitAdmin)
        .send({ username: 'mm-x', name: 'x', password: 'Member2026', roles: ['editor'], orgId: org('民盟晋中市委会') });
      expectErrorShape(editorRole.body, 403, 'ROLE_NOT_GRANTABLE');
      const otherUnit = await request(t.url)
        .post('/api/v1/users')
        .set(unitAdmin)
        .send({ username: 'mm-y', name: 'y', password: 'Member2026', roles: ['informant'], orgId: org('晋中市工商联') });
      expectErrorShape(otherUnit.body, 403, 'OUT_OF_SCOPE');

      const list = await request(t.url).get('/api/v1/users').set(unitAdmin).expect(200);
      expect(new Set(list.body.items.map((u: { organisation: { name: string } }) => u.organisation.name))).toEqual(new Set(['民盟晋中市委会']));
      const foreign = await request(t.url).get(`/api/v1/users?orgId=${org('晋中市工商联')}`).set(unitAdmin);
      expectErrorShape(foreign.body, 403, 'OUT_OF_SCOPE');

      const renamed = await request(t.url).patch(`/api/v1/users/${mine.body.id}`).set(unitAdmin).send({ name: '李盟员（新）' }).expect(200);
      expect(renamed.body.name).toBe('李盟员（新）');
    });

    it('deactivating an account ends its sessions; a reset password is shown once and works', async () => {
      const created = await request(t.url)
        .post('/api/v1/users')
        .set(admin)
        .send({ username: 'temp', name: '临时', password: 'Temp20260', roles: ['analyst'], orgId: org('晋中市政协') })
        .expect(201);
      const session = await signIn(t, 'temp', 'Temp20260');
      await request(t.url).patch(`/api/v1/users/${created.body.id}`).set(admin).send({ active: false }).expect(200);
      await request(t.url).get('/api/v1/auth/me').set(session).expect(401);
      await request(t.url).post('/api/v1/auth/login').send({ username: 'temp', password: 'Temp20260' }).expect(401);
      await request(t.url).patch(`/api/v1/users/${created.body.id}`).set(admin).send({ active: true }).expect(200);
      const reset = await request(t.url).post(`/api/v1/users/${created.body.id}/reset-password`).set(admin).expect(201);
      await signIn(t, 'temp', reset.body.password as string);
    });

    it('an administrator cannot lock themselves out', async () => {
      const me = await request(t.url).get('/api/v1/auth/me').set(admin).expect(200);
      const result = await request(t.url).patch(`/api/v1/users/${me.body.id}`).set(admin).send({ active: false });
      expectErrorShape(result.body, 422, 'SELF_LOCKOUT');
    });

    it('filters and pages the user list', async () => {
      const editors = await request(t.url).get('/api/v1/users?role=editor&pageSize=1&page=2').set(admin).expect(200);
      expect(editors.body.items).toHaveLength(1);
      expect(editors.body.total).toBeGreaterThanOrEqual(3);
      const search = await request(t.url).get(`/api/v1/users?q=${encodeURIComponent('张信')}`).set(admin).expect(200);
      expect(search.body.items.map((u: { name: string }) => u.name)).toEqual(['张信息']);
      const bad = await request(t.url).get('/api/v1/users?pageSize=1000&role=boss').set(admin);
      expectErrorShape(bad.body, 400, 'VALIDATION_FAILED');
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['pageSize', 'role']);
    });
  });

  describe('the informant roster (信息员名册)', () => {
    it('imports new people with their mobile number as username; a second import changes nothing', async () => {
      const file = await rosterXlsx([
        ['王一', '13800000001', '民盟晋中市委会', '特邀信息员'],
        ['王二', 13800000002, '民盟晋中市委会', '政协委员'],
        ['王三', '13800000003', '民盟晋中市委会', '联络员'],
      ]);
      const first = await request(t.url).post(`/api/v1/organisations/${org('民盟晋中市委会')}/roster`).set(unitAdmin).attach('file', file, '名册.xlsx').expect(201);
      expect(first.body).toEqual(expect.objectContaining({ created: 3, unchanged: 0 }));
      const liaison = first.body.accounts.find((a: { name: string }) => a.name === '王三');
      const signedIn = await signIn(t, '13800000003', liaison.initialPassword as string);
      const me = await request(t.url).get('/api/v1/auth/me').set(signedIn).expect(200);
      expect(me.body).toEqual(expect.objectContaining({ roles: ['informant', 'unit_admin'], identity: 'liaison' }));
      await drainJobs(t);
      const welcome = await request(t.url).get('/api/v1/notifications').set(signedIn).expect(200);
      expect(welcome.body.items[0].title).toBe('欢迎使用社情民意信息采编平台');

      const second = await request(t.url).post(`/api/v1/organisations/${org('民盟晋中市委会')}/roster`).set(unitAdmin).attach('file', file, '名册.xlsx').expect(201);
      expect(second.body).toEqual({ created: 0, unchanged: 3, accounts: [] });
    });

    it('a roster with bad rows is refused whole, every problem named by row and column', async () => {
      const before = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM app_user');
      const file = await rosterXlsx([
        ['赵甲', '13800000011', '民盟晋中市委会', '特邀信息员'],
        ['', '1380000', '民盟晋中市委会', '特邀信息员'],
        ['赵丙', '13800000011', '民盟晋中市委会', '群众'],
        ['赵丁', '13800000014', '晋中市工商联', '政协委员'],
        ['赵戊', '13800000015', '不存在的单位', '政协委员'],
      ]);
      const result = await request(t.url).post(`/api/v1/organisations/${org('晋中市政协')}/roster`).set(admin).attach('file', file, 'roster.xlsx');
      expectErrorShape(result.body, 422, 'ROSTER_INVALID');
      expect(result.body.details).toEqual(
        expect.arrayContaining([
          { field: '第3行 姓名', message: '不能为空' },
          expect.objectContaining({ field: '第3行 手机号' }),
          { field: '第4行 手机号', message: '与第2行重复' },
          expect.objectContaining({ field: '第4行 身份' }),
          expect.objectContaining({ field: '第6行 单位' }),
        ]),
      );
      const after = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM app_user');
      expect(after).toEqual(before);
    });

    it('a small roster that unpacks to a million rows is refused at once, four at a time, while the API goes on answering; nothing is written', async () => {
      const url = `/api/v1/organisations/${org('晋中市政协')}/roster`;
      const before = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM app_user');
      // As declared, and with the ZIP declaring a few bytes so that only unpacking tells.
      const [declared, forged] = [millionRowRoster(), millionRowRoster(1_000)];
      const bombs = [declared, forged, declared, forged];
      const { result, slowestMs, answers } = await whileAskingHealth(t, () => Promise.all(bombs.map((file) => request(t.url).post(url).set(admin).attach('file', file, '名册.xlsx'))));
      for (const refused of result) {
        expectErrorShape(refused.body, 422, 'ROSTER_INVALID');
        expect(refused.body.details).toEqual([{ field: '文件', message: '文件解压后超过 10 MB 的上限' }]);
      }
      // Loading one such file held the event loop for seconds; a generous bound still tells the two apart.
      expect(answers).toBeGreaterThan(0);
      expect(slowestMs).toBeLessThan(3_000);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM app_user')).toEqual(before);
    });

    it('a roster of more than 5,000 people is refused, naming the bound; one of 5,000 would be read', async () => {
      const people = (count: number) => Array.from({ length: count }, (_, i) => [`钱${i}`, `139${String(i).padStart(8, '0')}`, '不存在的单位', '政协委员']);
      const url = `/api/v1/organisations/${org('晋中市政协')}/roster`;
      const tooMany = await request(t.url).post(url).set(admin).attach('file', await rosterXlsx(people(5_001)), '名册.xlsx');
      expectErrorShape(tooMany.body, 422, 'ROSTER_INVALID');
      expect(tooMany.body.details).toEqual([{ field: '文件', message: '表格超过 5,000 行的上限（不含表头），请分成几个文件导入' }]);
      // Read whole: every row's unit is named as unknown (and nothing written).
      const withinBound = await request(t.url).post(url).set(admin).attach('file', await rosterXlsx(people(5_000)), '名册.xlsx');
      expectErrorShape(withinBound.body, 422, 'ROSTER_INVALID');
      expect(withinBound.body.details).toHaveLength(5_000);
    });

    it('refuses a missing column, a file that is not xlsx, no file, and units outside the liaison’s reach', async () => {
      const url = `/api/v1/organisations/${org('民盟晋中市委会')}/roster`;
      const noColumn = await request(t.url).post(url).set(unitAdmin).attach('file', await rosterXlsx([['a', '13800000021']], ['姓名', '手机号']), 'r.xlsx');
      expectErrorShape(noColumn.body, 422, 'ROSTER_INVALID');
      expect(noColumn.body.details[0].message).toContain('缺少列：单位、身份');
      const notXlsx = await request(t.url).post(url).set(unitAdmin).attach('file', Buffer.from('姓名,手机号\n'), 'r.xlsx');
      expect(notXlsx.body.details).toEqual([{ field: '文件', message: '不是有效的 .xlsx 文件' }]);
      const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
      expectErrorShape((await request(t.url).post(url).set(unitAdmin).attach('file', broken, 'r.xlsx')).body, 422, 'ROSTER_INVALID');
      expectErrorShape((await request(t.url).post(url).set(unitAdmin)).body, 400, 'FILE_REQUIRED');
      const elsewhere = await request(t.url)
        .post(`/api/v1/organisations/${org('晋中市工商联')}/roster`)
        .set(unitAdmin)
        .attach('file', await rosterXlsx([['a', '13800000031', '晋中市工商联', '政协委员']]), 'r.xlsx');
      expectErrorShape(elsewhere.body, 403, 'OUT_OF_SCOPE');
    });
  });
});
