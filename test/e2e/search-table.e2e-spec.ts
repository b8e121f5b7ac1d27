import request from 'supertest';
import { seedDemo } from '../support/demo';
import { signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

type Auth = { Authorization: string };
type Hit = { id: string; rank: number; snippet: string };

const BODY = '一、基本情况。我市农村60岁以上老人占比超过25%。二、存在问题。互助幸福院运营经费不足。三、建议。完善运营补贴机制。';

/** The narrow search table (item_search) kept in step with the items, and relevance ranked in pools of the newest matches. */
describe('search: the search table follows the items; relevance in pools of the newest matches', () => {
  let t: TestApp;
  let informant: Auth;
  let editor: Auth;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.dataSource);
    [informant, editor] = await Promise.all(['informant', 'editor'].map((u) => signIn(t, u, 'Demo@2026')));
  });
  afterAll(() => t.close());

  const submit = async (title: string, body: string, extra: object = {}) => {
    const created = await request(t.url).post('/api/v1/items').set(informant).send({ title, body, categoryCode: 'livelihood', ...extra }).expect(201);
    await request(t.url).post(`/api/v1/items/${created.body.id}/submit`).set(informant).expect(200);
    return created.body.id as string;
  };
  const search = async (query: string) => (await request(t.url).get(`/api/v1/items/search?${query}`).set(editor).expect(200)).body as { items: Hit[]; nextCursor: string | null };
  const ids = (hits: Hit[]) => hits.map((h) => h.id);
  const q = (words: string) => `q=${encodeURIComponent(words)}`;

  it('follows status changes, withdrawal and a resubmitted text; one row per item', async () => {
    const item = await submit('关于完善互助幸福院运营机制的建议', BODY);
    const withdrawn = await submit('关于互助幸福院建设的建议', BODY);
    await drainJobs(t);
    expect(new Set(ids((await search(q('幸福院'))).items))).toEqual(new Set([item, withdrawn]));

    // A withdrawn item is a draft again: out of search.
    await request(t.url).post(`/api/v1/items/${withdrawn}/withdraw`).set(informant).expect(200);
    expect(ids((await search(q('幸福院'))).items)).toEqual([item]);

    // Status changes made anywhere reach the search table (the desk's transitions; here set as they would leave it).
    await t.dataSource.query(`UPDATE item SET status = 'screening' WHERE id = $1`, [item]);
    expect(ids((await search(`${q('幸福院')}&status=screening`)).items)).toEqual([item]);
    expect(ids((await search(`${q('幸福院')}&status=submitted`)).items)).toEqual([]);
    expect(ids((await search(`${q('幸福院')}&categoryCode=livelihood&order=date`)).items)).toEqual([item]);

    // Returned, revised and resubmitted: the new text is found, the old words no longer.
    await t.dataSource.query(`UPDATE item SET status = 'returned' WHERE id = $1`, [item]);
    const returned = (await request(t.url).get(`/api/v1/items/${item}`).set(informant).expect(200)).body;
    await request(t.url)
      .patch(`/api/v1/items/${item}`)
      .set(informant)
      .send({ title: '关于完善日间照料中心运营机制的建议', body: BODY.replace('互助幸福院', '日间照料中心'), version: returned.version })
      .expect(200);
    await request(t.url).post(`/api/v1/items/${item}/submit`).set(informant).expect(200);
    await drainJobs(t);
    const found = await search(q('日间照料中心'));
    expect(ids(found.items)).toEqual([item]);
    expect(found.items[0].snippet).toContain('<mark>');
    expect(ids((await search(q('幸福院'))).items)).toEqual([]);
    const rows = await t.dataSource.query(`SELECT status FROM item_search WHERE item_id = $1`, [item]);
    expect(rows).toEqual([{ status: 'submitted' }]);
  });

  describe('relevance with a pool of 2', () => {
    let items: string[];
    beforeAll(async () => {
      process.env.SEARCH_RELEVANCE_POOL = '2';
      // Five items on one word, newest first; the word occurs 1, 3, 1, 2, 1 times in their bodies.
      const counts = [1, 3, 1, 2, 1];
      items = [];
      for (const [i, n] of counts.entries()) {
        items.push(await submit(`关于候鸟老人服务的建议（${i + 1}）`, `${BODY}${'候鸟老人异地就医报销难。'.repeat(n)}`, i === 4 ? { categoryCode: 'education' } : {}));
      }
      await drainJobs(t);
      // Submitted an hour apart (the trigger copies submitted_at to the search table).
      for (const [i, id] of items.entries()) await t.dataSource.query(`UPDATE item SET submitted_at = now() - $2 * interval '1 hour' WHERE id = $1`, [id, i]);
    });
    afterAll(() => delete process.env.SEARCH_RELEVANCE_POOL);

    it('ranks the newest two matches, then the next two, then the rest; every match is reached', async () => {
      const all = await search(`${q('候鸟老人')}&limit=10`);
      expect(all.nextCursor).toBeNull();
      // Pools by submission time, each ranked: [0, 1] → 1 (3 times) before 0; [2, 3] → 3 (2 times) before 2; [4].
      expect(ids(all.items)).toEqual([items[1], items[0], items[3], items[2], items[4]]);
      expect(all.items[0].rank).toBeGreaterThan(all.items[1].rank);

      // Paging one hit at a time walks the same order, across the pools.
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await search(`${q('候鸟老人')}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        walked.push(...ids(page.items));
        cursor = page.nextCursor;
      } while (cursor && walked.length < 10);
      expect(walked).toEqual(ids(all.items));

      // Pages of two end exactly at each pool's end.
      const first = await search(`${q('候鸟老人')}&limit=2`);
      const second = await search(`${q('候鸟老人')}&limit=2&cursor=${first.nextCursor}`);
      const third = await search(`${q('候鸟老人')}&limit=2&cursor=${second.nextCursor}`);
      expect([...ids(first.items), ...ids(second.items), ...ids(third.items)]).toEqual(ids(all.items));
    });

    it('forms the pools after the filters', async () => {
      const livelihood = await search(`${q('候鸟老人')}&categoryCode=livelihood&limit=10`);
      expect(ids(livelihood.items)).toEqual([items[1], items[0], items[3], items[2]]);
      const education = await search(`${q('候鸟老人')}&categoryCode=education`);
      expect(ids(education.items)).toEqual([items[4]]);
    });

    it('date order pages by keyset, newest first', async () => {
      const first = await search(`${q('候鸟老人')}&order=date&limit=3`);
      const second = await search(`${q('候鸟老人')}&order=date&limit=3&cursor=${first.nextCursor}`);
      expect([...ids(first.items), ...ids(second.items)]).toEqual(items);
      expect(second.nextCursor).toBeNull();
    });
  });
});
