import request from 'supertest';
import { DemoCommittee } from '@sqmy/accounts';
import { seedDemoCommitteeFull } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

type Auth = { Authorization: string };

const BODY = '一、基本情况。我市农村60岁以上老人占比超过25%。二、存在问题。养老服务设施不足。三、建议。加快建设农村互助幸福院。';

describe('an informant’s items: drafts, topics, commissions, submit, withdraw', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  let informant: Auth;
  let member: Auth;
  let liaison: Auth;
  let editor: Auth;
  let chief: Auth;
  let admin: Auth;

  beforeAll(async () => {
    t = await createTestApp();
    demo = await seedDemoCommitteeFull(t.dataSource);
    [informant, member, liaison, editor, chief, admin] = await Promise.all(
      ['informant', 'member', 'unitadmin', 'editor', 'chief', 'admin'].map((u) => signIn(t, u, 'Demo@2026')),
    );
  });
  afterAll(() => t.close());

  const draft = (auth: Auth, body: object = {}) =>
    request(t.url).post('/api/v1/items').set(auth).send({ title: '关于加强农村养老服务体系建设的建议', body: BODY, categoryCode: 'livelihood', ...body });

  it('an informant writes a draft with a co-author, saves it, submits it; editors are told, the co-author sees it', async () => {
    const memberId = (await request(t.url).get('/api/v1/auth/me').set(member)).body.id;
    const created = await draft(informant, { coAuthorIds: [memberId] }).expect(201);
    expect(created.body).toEqual(expect.objectContaining({ status: 'draft', versionNo: 0, unit: expect.objectContaining({ name: '民盟晋中市委会' }) }));
    expect(created.body.authors.map((a: { name: string; lead: boolean }) => [a.name, a.lead])).toEqual([['张信息', true], ['陈委员', false]]);

    const saved = await request(t.url).patch(`/api/v1/items/${created.body.id}`).set(informant).send({ body: `${BODY}（补充）`, version: created.body.version }).expect(200);
    const stale = await request(t.url).patch(`/api/v1/items/${created.body.id}`).set(informant).send({ title: '旧页面的修改', version: created.body.version });
    expectErrorShape(stale.body, 409, 'STALE_VERSION');

    // Editors do not see drafts.
    await request(t.url).get(`/api/v1/items/${created.body.id}`).set(editor).expect(404);

    const submitted = await request(t.url).post(`/api/v1/items/${created.body.id}/submit`).set(informant).expect(200);
    expect(submitted.body).toEqual(expect.objectContaining({ status: 'submitted', versionNo: 1 }));
    expect(submitted.body.versions).toEqual([expect.objectContaining({ no: 1, reason: 'submit', createdBy: '张信息' })]);
    expect(submitted.body.events).toEqual([expect.objectContaining({ action: 'submit', from: 'draft', to: 'submitted', actor: '张信息' })]);
    expect(saved.body.version).toBeLessThan(submitted.body.version);

    const again = await request(t.url).post(`/api/v1/items/${created.body.id}/submit`).set(informant);
    expectErrorShape(again.body, 409, 'TRANSITION_NOT_ALLOWED');
    expect(again.body.message).toContain('已报送');

    await drainJobs(t);
    const editorNotes = await request(t.url).get('/api/v1/notifications').set(editor).expect(200);
    expect(editorNotes.body.items[0]).toEqual(expect.objectContaining({ title: '收到新稿件', link: `/desk/items/${created.body.id}` }));
    const coAuthorNotes = await request(t.url).get('/api/v1/notifications').set(member).expect(200);
    expect(coAuthorNotes.body.items[0].title).toBe('联名稿件已报送');
    const editorList = await request(t.url).get('/api/v1/items?status=submitted').set(editor).expect(200);
    expect(editorList.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    const coAuthorList = await request(t.url).get('/api/v1/items?mine=true').set(member).expect(200);
    expect(coAuthorList.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
  });

  it('an informant submits a new item in one step (submit: true): one version, one event, intake, and the co-author told', async () => {
    const memberId = (await request(t.url).get('/api/v1/auth/me').set(member)).body.id;
    const submitted = await draft(informant, { coAuthorIds: [memberId], submit: true }).expect(201);
    expect(submitted.body).toEqual(expect.objectContaining({ status: 'submitted', versionNo: 1, submittedAt: expect.any(String) }));
    expect(submitted.body.versions).toEqual([expect.objectContaining({ no: 1, reason: 'submit', createdBy: '张信息' })]);
    expect(submitted.body.events).toEqual([expect.objectContaining({ action: 'submit', from: 'draft', to: 'submitted', actor: '张信息' })]);
    // The answer is written by the statement that created the item: it is the page as read afterwards.
    expect((await request(t.url).get(`/api/v1/items/${submitted.body.id}`).set(informant).expect(200)).body).toEqual(submitted.body);
    const drafted = await draft(informant, { coAuthorIds: [memberId] }).expect(201);
    expect((await request(t.url).get(`/api/v1/items/${drafted.body.id}`).set(informant).expect(200)).body).toEqual(drafted.body);
    expect(drafted.body).toEqual(expect.objectContaining({ status: 'draft', versionNo: 0, versions: [], events: [] }));

    // Withdrawing it works like any submitted item's, and the one-step item's lock version moves on.
    const withdrawn = await request(t.url).post(`/api/v1/items/${submitted.body.id}/withdraw`).set(informant).expect(200);
    expect(withdrawn.body).toEqual(expect.objectContaining({ status: 'draft', versionNo: 1, version: submitted.body.version + 1 }));
    await request(t.url).post(`/api/v1/items/${submitted.body.id}/submit`).set(informant).expect(200);

    await drainJobs(t);
    const [intake] = await t.dataSource.query('SELECT intake_version_no, EXISTS (SELECT 1 FROM item_search s WHERE s.item_id = item.id) AS searchable FROM item WHERE id = $1', [submitted.body.id]);
    expect(intake).toEqual({ intake_version_no: 2, searchable: true });
    const coAuthorNotes = await request(t.url).get('/api/v1/notifications').set(member).expect(200);
    expect(coAuthorNotes.body.items.filter((n: { link: string }) => n.link === `/my-items/${submitted.body.id}`)).toHaveLength(2);
  });

  it('a one-step submit of an empty text, or with a bad reference, is refused and writes nothing', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM item'))[0].n);
    const before = await count();
    const blank = await draft(informant, { body: ' \n\u200b ', submit: true });
    expectErrorShape(blank.body, 422, 'ITEM_INCOMPLETE');
    const badTopic = await draft(informant, { topicId: '00000000-0000-4000-8000-000000000000', submit: true });
    expectErrorShape(badTopic.body, 422, 'INVALID_REFERENCE');
    const notBoolean = await draft(informant, { submit: 'yes' });
    expectErrorShape(notBoolean.body, 400, 'VALIDATION_FAILED');
    expect(await count()).toBe(before);
  });

  it('a retried one-step submit with the same Idempotency-Key answers with the same item, submitted once', async () => {
    const send = () => draft(informant, { submit: true }).set('Idempotency-Key', 'one-step-0001');
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.id).toBe(a.body.id);
    expect(b.body.versions).toHaveLength(1);
    const [jobs] = await t.dataSource.query("SELECT count(*)::int AS n FROM outbox_message WHERE job_name = 'intake-item' AND payload->>'itemId' = $1", [a.body.id]);
    expect(jobs.n).toBe(1);
  });

  it('an Idempotency-Key makes a retried create or submit answer with the same item', async () => {
    const first = await draft(informant).set('Idempotency-Key', 'create-0001-abc').expect(201);
    const retry = await draft(informant).set('Idempotency-Key', 'create-0001-abc').expect(201);
    expect(retry.body.id).toBe(first.body.id);
    const submit = () => request(t.url).post(`/api/v1/items/${first.body.id}/submit`).set(informant).set('Idempotency-Key', 'submit-0001-abc');
    const [a, b] = await Promise.all([submit(), submit()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.versionNo).toBe(1);
    const reused = await draft(informant).set('Idempotency-Key', 'submit-0001-abc');
    expectErrorShape(reused.body, 422, 'IDEMPOTENCY_KEY_REUSED');
    const bad = await draft(informant).set('Idempotency-Key', 'short');
    expectErrorShape(bad.body, 400, 'INVALID_IDEMPOTENCY_KEY');
  });

  it('withdraw before screening returns the item to draft; a never-submitted draft can be deleted, a withdrawn one not', async () => {
    const item = (await draft(informant).expect(201)).body;
    await request(t.url).post(`/api/v1/items/${item.id}/submit`).set(informant).expect(200);
    const withdrawn = await request(t.url).post(`/api/v1/items/${item.id}/withdraw`).set(informant).expect(200);
    expect(withdrawn.body.status).toBe('draft');
    expectErrorShape((await request(t.url).delete(`/api/v1/items/${item.id}`).set(informant)).body, 409, 'ITEM_NOT_DELETABLE');
    const fresh = (await draft(informant).expect(201)).body;
    await request(t.url).delete(`/api/v1/items/${fresh.id}`).set(informant).expect(204);
    await request(t.url).get(`/api/v1/items/${fresh.id}`).set(informant).expect(404);
  });

  it('a returned item is revised and resubmitted as a new full version, and goes through intake again', async () => {
    const item = (await draft(informant).expect(201)).body;
    await request(t.url).post(`/api/v1/items/${item.id}/submit`).set(informant).expect(200);
    // The desk's return (退回修改) arrives with the desk issue; here the state is set as it would leave it.
    await t.dataSource.query(`UPDATE item SET status = 'returned' WHERE id = $1`, [item.id]);
    const returned = await request(t.url).get(`/api/v1/items/${item.id}`).set(informant).expect(200);
    const revised = await request(t.url)
      .patch(`/api/v1/items/${item.id}`)
      .set(informant)
      .send({ body: `${BODY}四、补充说明。已走访三个乡镇。`, version: returned.body.version })
      .expect(200);
    const resubmitted = await request(t.url).post(`/api/v1/items/${item.id}/submit`).set(informant).expect(200);
    expect(resubmitted.body).toEqual(expect.objectContaining({ status: 'submitted', versionNo: 2 }));
    expect(resubmitted.body.versions.map((v: { no: number; reason: string }) => [v.no, v.reason])).toEqual([
      [1, 'submit'],
      [2, 'resubmit'],
    ]);
    const second = await request(t.url).get(`/api/v1/items/${item.id}/versions/2`).set(informant).expect(200);
    expect(second.body.body).toBe(revised.body.body);
    const first = await request(t.url).get(`/api/v1/items/${item.id}/versions/1`).set(informant).expect(200);
    expect(first.body.body).toBe(BODY);
    await drainJobs(t);
    const notes = await request(t.url).get('/api/v1/notifications').set(editor).expect(200);
    expect(notes.body.items[0]).toEqual(expect.objectContaining({ title: '稿件已修改后重新报送', link: `/desk/items/${item.id}` }));
  });

  it('refuses bad input in the error shape and writes nothing', async () => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM item'))[0].n;
    const tooLong = await draft(informant, { title: '长'.repeat(101), body: '字'.repeat(20_001) });
    expectErrorShape(tooLong.body, 400, 'VALIDATION_FAILED');
    expect(tooLong.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['body', 'title']);
    const otherCommitteeUser = '00000000-0000-4000-8000-000000000000';
    const refs = await draft(informant, { categoryCode: 'astrology', coAuthorIds: [otherCommitteeUser], topicId: otherCommitteeUser });
    expectErrorShape(refs.body, 422, 'INVALID_REFERENCE');
    expect(refs.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['categoryCode', 'coAuthorIds.0', 'topicId']);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM item'))[0].n).toBe(before);

    const blank = (await draft(informant, { title: '关于某事的建议', body: ' \u200b\u3000\n ' }).expect(201)).body;
    const incomplete = await request(t.url).post(`/api/v1/items/${blank.id}/submit`).set(informant);
    expectErrorShape(incomplete.body, 422, 'ITEM_INCOMPLETE');
    expect(incomplete.body.details).toEqual([{ field: 'body', message: '请填写正文' }]);
    const after = await request(t.url).get(`/api/v1/items/${blank.id}`).set(informant).expect(200);
    expect(after.body).toEqual(expect.objectContaining({ status: 'draft', versionNo: 0, versions: [], events: [] }));
  });

  it('nobody submits someone else’s draft, but the unit’s liaison may act for the unit', async () => {
    const item = (await draft(informant).expect(201)).body;
    expectErrorShape((await request(t.url).post(`/api/v1/items/${item.id}/submit`).set(member)).body, 403, 'OUT_OF_SCOPE');
    expectErrorShape((await request(t.url).post(`/api/v1/items/${item.id}/submit`).set(editor)).body, 403, 'FORBIDDEN');
    await request(t.url).post(`/api/v1/items/${item.id}/submit`).set(liaison).expect(200);
  });

  it('an item tells each reader what they may do with it: the author, the editor and the chief editor each see their own moves', async () => {
    const movesOf = async (auth: Auth, id: string) => (await request(t.url).get(`/api/v1/items/${id}`).set(auth).expect(200)).body.allowedMoves;
    const move = (auth: Auth, id: string, action: string) => request(t.url).post(`/api/v1/items/${id}/${action}`).set(auth).send({}).expect(200);

    const created = (await draft(informant).expect(201)).body;
    expect(created.allowedMoves).toEqual(['submit']);
    const { id } = created;
    expect((await move(informant, id, 'submit')).body.allowedMoves).toEqual(['withdraw']);
    expect(await movesOf(editor, id)).toEqual(['screen', 'reject', 'merge']);
    expect(await movesOf(chief, id)).toEqual([]);
    // The unit's liaison acts for the unit, as the author's routes let them.
    expect(await movesOf(liaison, id)).toEqual(['withdraw']);

    expect((await move(editor, id, 'screen')).body.allowedMoves).toEqual(['assign', 'accept', 'return', 'reject', 'merge']);
    await move(editor, id, 'accept');
    expect((await move(editor, id, 'propose')).body.allowedMoves).toEqual(['reject', 'merge']);
    expect(await movesOf(chief, id)).toEqual(['approve', 'send_back']);
    expect(await movesOf(informant, id)).toEqual([]);

    // The desk's list carries the same moves for each row.
    const row = async (auth: Auth) => (await request(t.url).get('/api/v1/desk/items').query({ status: 'in_review' }).set(auth).expect(200)).body.items.find((i: { id: string }) => i.id === id);
    expect((await row(editor)).allowedMoves).toEqual(['reject', 'merge']);
    expect((await row(chief)).allowedMoves).toEqual(['approve', 'send_back']);
  });

  it('editors publish topics and commission items; the informant answers the commission, which closes it', async () => {
    const badPeriod = await request(t.url).post('/api/v1/topics').set(editor).send({ title: '养老', opensOn: '2026-12-31', closesOn: '2026-01-01' });
    expectErrorShape(badPeriod.body, 422, 'INVALID_PERIOD');
    const today = new Date().toISOString().slice(0, 10);
    const topic = await request(t.url)
      .post('/api/v1/topics')
      .set(editor)
      .send({ title: '农村养老服务', description: '请反映农村养老服务的情况', categoryCode: 'livelihood', opensOn: today, closesOn: '2099-12-31' })
      .expect(201);
    await request(t.url).post('/api/v1/topics').set(informant).send({ title: 'x', opensOn: today, closesOn: today }).expect(403);
    const open = await request(t.url).get('/api/v1/topics?open=true').set(informant).expect(200);
    expect(open.body.map((x: { title: string }) => x.title)).toContain('农村养老服务');

    const informantId = (await request(t.url).get('/api/v1/auth/me').set(informant)).body.id;
    const commission = await request(t.url)
      .post('/api/v1/commissions')
      .set(editor)
      .send({ title: '请写一篇农村养老服务的信息', topicId: topic.body.id, assigneeUserId: informantId, dueOn: '2099-01-31' })
      .expect(201);
    const outsider = await request(t.url).post('/api/v1/commissions').set(editor).send({ title: 'x', assigneeUnitId: demo.organisations['山西省政协'], dueOn: '2099-01-31' });
    expectErrorShape(outsider.body, 422, 'INVALID_ASSIGNEE');
    const mine = await request(t.url).get('/api/v1/commissions?open=true').set(informant).expect(200);
    expect(mine.body.map((c: { id: string }) => c.id)).toEqual([commission.body.id]);
    expect((await request(t.url).get('/api/v1/commissions').set(member).expect(200)).body).toEqual([]);

    const answer = (await draft(informant, { topicId: topic.body.id, commissionId: commission.body.id }).expect(201)).body;
    await request(t.url).post(`/api/v1/items/${answer.id}/submit`).set(informant).expect(200);
    const closed = await request(t.url).get('/api/v1/commissions').set(editor).expect(200);
    expect(closed.body.find((c: { id: string }) => c.id === commission.body.id)).toEqual(
      expect.objectContaining({ status: 'answered', answeredByItemId: answer.id }),
    );
    const again = await draft(informant, { commissionId: commission.body.id });
    expectErrorShape(again.body, 422, 'INVALID_REFERENCE');

    // Answered in one step (submit: true), a commission closes with the item's creation.
    const second = await request(t.url).post('/api/v1/commissions').set(editor).send({ title: '再写一篇', assigneeUserId: informantId, dueOn: '2099-01-31' }).expect(201);
    const oneStep = (await draft(informant, { commissionId: second.body.id, submit: true }).expect(201)).body;
    expect((await request(t.url).get('/api/v1/commissions').set(editor).expect(200)).body.find((c: { id: string }) => c.id === second.body.id)).toEqual(
      expect.objectContaining({ status: 'answered', answeredByItemId: oneStep.id }),
    );
  });

  it('lists categories as data', async () => {
    const categories = await request(t.url).get('/api/v1/categories').set(informant).expect(200);
    expect(categories.body.map((c: { name: string }) => c.name)).toEqual(['经济', '民生', '社会治理', '生态环境', '教育', '医疗卫生', '文化旅游', '农业农村', '其他']);
    await request(t.url).get('/api/v1/items').set(admin).expect(403);
  });
});
