import request from 'supertest';
import { DemoCommittee } from '@sqmy/accounts';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth, deskClient } from '../support/desk';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

describe('merging (综合): several items written into one combined item', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  let desk: ReturnType<typeof deskClient>;
  let informant: Auth;
  let informant2: Auth;
  let member: Auth;
  let editor: Auth;
  let chief: Auth;
  let county: Auth;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    demo = await seedDemoCommitteeFull(t.dataSource);
    desk = deskClient(t);
    [informant, informant2, member, editor, chief] = await Promise.all(['informant', 'informant2', 'member', 'editor', 'chief'].map((u) => signIn(t, u, 'Demo@2026')));
    // An informant of another committee: 榆次区政协 has its own desk.
    await request(t.url)
      .post('/api/v1/users')
      .set(await signIn(t, 'admin', 'Demo@2026'))
      .send({ username: 'yuci-informant', name: '吴信息', password: 'Yuci2026x', roles: ['informant'], orgId: demo.organisations['榆次区政协'] })
      .expect(201);
    county = await signIn(t, 'yuci-informant', 'Yuci2026x');
    for (const [key, auth] of Object.entries({ informant, informant2, member, editor })) ids[key] = await desk.me(auth);
  });
  afterAll(() => t.close());

  /** Everything a refused merge must leave as it was. */
  const snapshot = async (itemIds: string[]) => ({
    items: (await t.dataSource.query('SELECT count(*)::int AS n FROM item'))[0].n,
    rows: await t.dataSource.query('SELECT id, status, version, merged_into_id FROM item WHERE id = ANY($1) ORDER BY id', [itemIds]),
    events: (await t.dataSource.query('SELECT count(*)::int AS n FROM item_event'))[0].n,
    outbox: (await t.dataSource.query('SELECT count(*)::int AS n FROM outbox_message'))[0].n,
  });

  it('the editor merges items of three authors; the originals point to the combined item, which credits all their authors', async () => {
    const a = await desk.submitted(informant2, { title: '关于农村养老服务的建议' });
    const b = await desk.submitted(informant, { title: '关于互助幸福院运营的建议', coAuthorIds: [ids.member] });
    const c = await desk.submitted(member, { title: '关于养老护理员培训的建议' });
    await desk.move(editor, b, 'screen').expect(200);
    await desk.move(editor, b, 'accept').expect(200);

    const merged = await desk
      .merge(editor, { itemIds: [a, b, c], title: '关于完善农村养老服务体系的综合建议', body: '综合三篇稿件：设施、运营、人才。', categoryCode: 'livelihood' })
      .expect(201);
    expect(merged.body).toEqual(
      expect.objectContaining({
        status: 'editing',
        versionNo: 1,
        assignee: { id: ids.editor, name: '李编辑' },
        unit: { id: demo.organisations['晋中市政协'], name: '晋中市政协' },
        categoryCode: 'livelihood',
      }),
    );
    // Lead authors first in the order given, then co-authors, nobody twice.
    expect(merged.body.authors.map((x: { name: string; lead: boolean }) => [x.name, x.lead])).toEqual([
      ['刘信息', true],
      ['张信息', false],
      ['陈委员', false],
    ]);
    expect(merged.body.mergedFrom.map((x: { id: string }) => x.id)).toEqual([a, b, c]);
    expect(merged.body.versions).toEqual([expect.objectContaining({ no: 1, reason: 'merge', createdBy: '李编辑' })]);
    expect(merged.body.events).toEqual([expect.objectContaining({ action: 'merge', from: null, to: 'editing', comment: expect.stringContaining('综合自 3 篇稿件') })]);

    for (const [original, from] of [[a, 'submitted'], [b, 'editing'], [c, 'submitted']]) {
      const view = await desk.item(editor, original);
      expect(view).toEqual(expect.objectContaining({ status: 'merged', mergedInto: { id: merged.body.id, title: '关于完善农村养老服务体系的综合建议' } }));
      expect(view.events.at(-1)).toEqual(expect.objectContaining({ action: 'merge', from, to: 'merged' }));
    }
    // The authors see the combined item among theirs, and were told; the desk finds it by its text.
    await desk.get(informant2, `/items/${merged.body.id}`).expect(200);
    await drainJobs(t);
    const found = await desk.get(editor, `/items/search?q=${encodeURIComponent('综合三篇稿件')}`).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([merged.body.id]);
    expect((await desk.notices(informant))[0]).toEqual(expect.objectContaining({ title: '稿件已被综合', link: `/my-items/${b}` }));
    // The combined item goes on through the desk like any other.
    await desk.move(editor, merged.body.id, 'propose').expect(200);
    expectErrorShape((await desk.move(editor, a, 'screen')).body, 409, 'TRANSITION_NOT_ALLOWED');
  });

  it('refuses items of another committee, closed or not yet submitted items, and bad input, with nothing changed', async () => {
    const own = await desk.submitted(informant);
    const foreign = await desk.submitted(county);
    const rejected = await desk.submitted(informant);
    await desk.move(editor, rejected, 'reject', { reasonCode: 'copied' }).expect(200);
    const returned = await desk.submitted(informant);
    await desk.move(editor, returned, 'screen').expect(200);
    await desk.move(editor, returned, 'return', { comment: '请补充' }).expect(200);
    const draft = (await request(t.url).post('/api/v1/items').set(informant).send({ title: '关于某事的建议', body: '正文' }).expect(201)).body.id as string;
    const before = await snapshot([own, foreign, rejected, returned, draft]);
    const text = { title: '关于综合的建议', body: '综合正文' };

    const otherCommittee = await desk.merge(editor, { itemIds: [own, foreign], ...text });
    expectErrorShape(otherCommittee.body, 422, 'INVALID_REFERENCE');
    expect(otherCommittee.body.details).toEqual([{ field: 'itemIds.1', message: '不是本委员会的稿件，不能综合' }]);
    for (const closed of [rejected, returned, draft]) {
      const refused = await desk.merge(editor, { itemIds: [own, closed], ...text });
      expectErrorShape(refused.body, 409, 'TRANSITION_NOT_ALLOWED');
    }
    const missing = await desk.merge(editor, { itemIds: [own, '00000000-0000-4000-8000-000000000000'], ...text });
    expectErrorShape(missing.body, 422, 'INVALID_REFERENCE');
    expectErrorShape((await desk.merge(editor, { itemIds: [own, returned], title: ' ', body: '' })).body, 422, 'INVALID_REFERENCE');
    expectErrorShape((await desk.merge(editor, { itemIds: [own], ...text })).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await desk.merge(editor, { itemIds: [own, own], ...text })).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await desk.merge(editor, { itemIds: [own, foreign], ...text, categoryCode: 'astrology' })).body, 422, 'INVALID_REFERENCE');
    expectErrorShape((await desk.merge(chief, { itemIds: [own, foreign], ...text })).body, 403, 'FORBIDDEN');
    // Nor is another committee's item screened or rejected here: 榆次区政协 has its own desk.
    expectErrorShape((await desk.move(editor, foreign, 'screen')).body, 403, 'OUT_OF_SCOPE');
    expectErrorShape((await desk.move(editor, foreign, 'reject', { reasonCode: 'petition' })).body, 403, 'OUT_OF_SCOPE');
    expect(await snapshot([own, foreign, rejected, returned, draft])).toEqual(before);
  });
});
