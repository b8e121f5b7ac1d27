import request from 'supertest';
import { cleanText, hammingDistance, simhash } from '@sqmy/text';
import { afterSchoolCare, disabledEldersCare, ruralElderlyCare } from '../../libs/text/src/sample-items.fixture';
import { seedDemo } from '../support/demo';
import { signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

type Auth = { Authorization: string };
const PAIRS = 20;

/** Sentences of the sample items; each pair's text is its own pick of them, far from every other pair's. */
const SENTENCES = [ruralElderlyCare, afterSchoolCare, disabledEldersCare]
  .flatMap((text) => text.split(/(?<=。)|\n/))
  .map((s) => s.trim())
  .filter((s) => s.length > 12);

function pairText(pair: number): { title: string; body: string } {
  let seed = pair * 7919 + 17;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647);
  const picked = Array.from({ length: 8 }, () => SENTENCES[next() % SENTENCES.length]);
  return { title: `关于第${pair + 1}项民生问题的建议`, body: picked.join('') };
}

describe('intake: near-copies submitted at the same moment', () => {
  let t: TestApp;
  let informant: Auth;
  let member: Auth;
  let editor: Auth;
  const pairs: [string, string][] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.dataSource);
    [informant, member, editor] = await Promise.all(['informant', 'member', 'editor'].map((u) => signIn(t, u, 'Demo@2026')));
  });
  afterAll(() => t.close());

  const submit = async (auth: Auth, text: { title: string; body: string }) => {
    const created = await request(t.url).post('/api/v1/items').set(auth).send({ ...text, categoryCode: 'livelihood', submit: true }).expect(201);
    return created.body.id as string;
  };

  it('the texts of different pairs are no near-copies of each other', () => {
    const hashes = Array.from({ length: PAIRS }, (_, i) => pairText(i)).map(({ title, body }) => simhash(`${cleanText(title)}\n${cleanText(body)}`));
    for (let i = 0; i < PAIRS; i++) for (let j = i + 1; j < PAIRS; j++) expect(hammingDistance(hashes[i], hashes[j])).toBeGreaterThan(3);
  });

  it('20 identical pairs submitted all at once are each flagged 疑似重复 with their twin, and only with it', async () => {
    const ids = await Promise.all(
      Array.from({ length: PAIRS }, (_, i) => Promise.all([submit(informant, pairText(i)), submit(member, pairText(i))])),
    );
    pairs.push(...ids);
    await drainJobs(t, 120_000);

    const rows = await t.dataSource.query<{ item_id: string; similar_item_id: string; distance: number }[]>(
      'SELECT item_id, similar_item_id, distance FROM item_similarity',
    );
    const stored = new Set(rows.map((r) => `${r.item_id}>${r.similar_item_id}`));
    const missed = pairs.filter(([a, b]) => !stored.has(`${a}>${b}`) || !stored.has(`${b}>${a}`));
    expect(missed).toEqual([]);
    expect(rows).toHaveLength(2 * PAIRS);
    expect(rows.every((r) => r.distance === 0)).toBe(true);

    // What the desk shows: every row of the list counts one near-duplicate (疑似重复 1).
    const list = await request(t.url).get('/api/v1/desk/items?status=submitted&pageSize=100').set(editor).expect(200);
    const counts = new Map(list.body.items.map((i: { id: string; similarCount: number }) => [i.id, i.similarCount]));
    expect(pairs.flat().map((id) => counts.get(id))).toEqual(pairs.flat().map(() => 1));
  });

  it('running every intake again, all at once, changes nothing', async () => {
    const snapshot = () => t.dataSource.query('SELECT item_id, similar_item_id, distance, similarity FROM item_similarity ORDER BY 1, 2');
    const before = await snapshot();
    const { IntakeService } = await import('../../libs/items/src/intake/intake.service');
    const intake = t.worker!.get(IntakeService);
    await Promise.all(pairs.flat().map((itemId, n) => intake.run(`again-${n}`, { itemId, versionNo: 1, notifyEditors: false })));
    expect(await snapshot()).toEqual(before);
  });
});
