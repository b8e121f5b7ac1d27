import request from 'supertest';
import { JobName } from '@sqmy/queue';
import { afterSchoolCare, ruralElderlyCare, ruralElderlyCareEdited } from '../../libs/text/src/sample-items.fixture';
import { seedDemo } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

type Auth = { Authorization: string };
const split = (text: string) => {
  const [title, ...rest] = text.split('\n');
  return { title, body: rest.join('\n').trim() };
};

describe('intake: segmentation, near-duplicates, and the editors’ search', () => {
  let t: TestApp;
  let informant: Auth;
  let member: Auth;
  let editor: Auth;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.dataSource);
    [informant, member, editor] = await Promise.all(['informant', 'member', 'editor'].map((u) => signIn(t, u, 'Demo@2026')));
  });
  afterAll(() => t.close());

  const submit = async (auth: Auth, text: string, extra: object = {}) => {
    const created = await request(t.url).post('/api/v1/items').set(auth).send({ ...split(text), categoryCode: 'livelihood', ...extra }).expect(201);
    await request(t.url).post(`/api/v1/items/${created.body.id}/submit`).set(auth).expect(200);
    return created.body.id as string;
  };

  let original: string;
  let nearCopy: string;
  let unrelated: string;

  it('an editor sees a resubmitted near-copy of an earlier item flagged with its twin', async () => {
    original = await submit(informant, ruralElderlyCare);
    unrelated = await submit(informant, afterSchoolCare, { categoryCode: 'education' });
    await drainJobs(t);
    nearCopy = await submit(member, ruralElderlyCareEdited);
    await drainJobs(t);

    const view = await request(t.url).get(`/api/v1/items/${nearCopy}`).set(editor).expect(200);
    expect(view.body.similar).toEqual([expect.objectContaining({ id: original, title: split(ruralElderlyCare).title, similarity: expect.any(Number) })]);
    expect(view.body.similar[0].similarity).toBeGreaterThanOrEqual(1 - 3 / 64);
    const twin = await request(t.url).get(`/api/v1/items/${original}`).set(editor).expect(200);
    expect(twin.body.similar.map((s: { id: string }) => s.id)).toEqual([nearCopy]);
    const other = await request(t.url).get(`/api/v1/items/${unrelated}`).set(editor).expect(200);
    expect(other.body.similar).toEqual([]);
    // Authors do not see other people's near-copies.
    const asAuthor = await request(t.url).get(`/api/v1/items/${nearCopy}`).set(member).expect(200);
    expect(asAuthor.body.similar).toEqual([]);

    const notes = await request(t.url).get('/api/v1/notifications').set(editor).expect(200);
    expect(notes.body.items[0].body).toContain('疑似与 1 篇稿件重复');
  });

  it('running the intake job twice for one item changes nothing', async () => {
    const snapshot = async () => ({
      item: await t.dataSource.query('SELECT simhash, simhash_bands, intake_version_no FROM item WHERE id = $1', [nearCopy]),
      search: await t.dataSource.query('SELECT s.*, s.vector::text AS vector FROM item_search s WHERE item_id = $1', [nearCopy]),
      pairs: await t.dataSource.query('SELECT item_id, similar_item_id, distance FROM item_similarity ORDER BY 1, 2'),
      notes: await t.dataSource.query('SELECT user_id, source_key FROM notification ORDER BY id'),
    });
    const before = await snapshot();
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM outbox_message WHERE job_name = $1 AND payload->>'itemId' = $2`,
      [JobName.IntakeItem, nearCopy],
    );
    // The same outbox row dispatched again (BullMQ dedupes the job id), and a second job for the same version.
    await t.dataSource.query('UPDATE outbox_message SET dispatched_at = NULL WHERE id = $1', [row.id]);
    await drainJobs(t);
    const { IntakeService } = await import('../../libs/items/src/intake/intake.service');
    await t.worker!.get(IntakeService).run(`outbox-${row.id}`, { itemId: nearCopy, versionNo: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('searches by Chinese words, two-character words included, with filters, order and highlighted snippets', async () => {
    const hits = await request(t.url).get(`/api/v1/items/search?q=${encodeURIComponent('养老')}`).set(editor).expect(200);
    expect(new Set(hits.body.items.map((h: { id: string }) => h.id))).toEqual(new Set([original, nearCopy]));
    expect(hits.body.items[0].snippet).toContain('<mark>养老</mark>');
    expect(hits.body.items[0].snippet).not.toMatch(/<(?!\/?mark>)/);

    const school = await request(t.url).get(`/api/v1/items/search?q=${encodeURIComponent('课后服务')}&categoryCode=education`).set(editor).expect(200);
    expect(school.body.items.map((h: { id: string }) => h.id)).toEqual([unrelated]);
    const none = await request(t.url).get(`/api/v1/items/search?q=${encodeURIComponent('养老')}&categoryCode=education`).set(editor).expect(200);
    expect(none.body.items).toEqual([]);

    const first = await request(t.url).get('/api/v1/items/search?order=date&limit=2').set(editor).expect(200);
    expect(first.body.items.map((h: { id: string }) => h.id)).toEqual([nearCopy, unrelated]);
    const second = await request(t.url).get(`/api/v1/items/search?order=date&limit=2&cursor=${first.body.nextCursor}`).set(editor).expect(200);
    expect(second.body.items.map((h: { id: string }) => h.id)).toEqual([original]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses bad search input and keeps search to the desk', async () => {
    expectErrorShape((await request(t.url).get('/api/v1/items/search?cursor=!!').set(editor)).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await request(t.url).get('/api/v1/items/search?cursor=bm9wZQ').set(editor)).body, 400, 'INVALID_CURSOR');
    expectErrorShape((await request(t.url).get('/api/v1/items/search?from=2026-12-01&to=2026-01-01').set(editor)).body, 422, 'INVALID_PERIOD');
    expectErrorShape((await request(t.url).get('/api/v1/items/search?order=random').set(editor)).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await request(t.url).get('/api/v1/items/search?q=x').set(informant)).body, 403, 'FORBIDDEN');
  });
});
