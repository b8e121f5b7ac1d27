import { bulletinClient } from '../support/bulletins';
import { seedDemo } from '../support/demo';
import { signIn } from '../support/http';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * 第N期 and 总第M期 are unique and gap-free even when the chief editor signs many issues at once:
 * the counter row is locked, and the unique keys stand behind it. Real PostgreSQL; the worker is off
 * (rendering is not what this file is about).
 */
describe('bulletin numbering under concurrent signing', () => {
  let t: TestApp;
  let client: ReturnType<typeof bulletinClient>;
  let seriesId: string;

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    await seedDemo(t.dataSource);
    const people = { informant: await signIn(t, 'informant', 'Demo@2026'), editor: await signIn(t, 'editor', 'Demo@2026'), chief: await signIn(t, 'chief', 'Demo@2026') };
    client = bulletinClient(t, people);
    seriesId = await client.seriesId();
  });
  afterAll(() => t.close());

  it('twenty issues signed at once get 第1期 … 第20期 and consecutive running numbers; supplements count apart', async () => {
    const drafts: string[] = [];
    for (let n = 1; n <= 20; n += 1) drafts.push(await client.draft(seriesId, [await client.approvedItem(`关于第${n}个问题的建议`)]));
    const supplements: string[] = [];
    for (let n = 1; n <= 3; n += 1) supplements.push(await client.draft(seriesId, [await client.approvedItem(`增刊稿件${n}`)], { kind: 'supplement' }));

    const signed = await Promise.all([...drafts, ...supplements].map((id) => client.sign(id, { date: '2024-03-05' })));
    expect(signed.map((r) => r.status)).toEqual(signed.map(() => 200));

    const regular = signed.slice(0, 20).map((r) => r.body);
    expect(regular.map((i) => i.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(regular.map((i) => i.totalNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const issue of regular) {
      expect(issue.totalNumber).toBe(issue.number); // the series' first year: the running number is the number
      expect(issue.numberLabel).toBe(`2024年第${issue.number}期（总第${issue.totalNumber}期）`);
    }
    const extra = signed.slice(20).map((r) => r.body);
    expect(extra.map((i) => i.number).sort()).toEqual([1, 2, 3]);
    expect(extra.map((i) => i.totalNumber).sort()).toEqual([1, 2, 3]);
    expect(extra[0].numberLabel).toMatch(/^2024年增刊第\d期（总第\d期）$/);
  });

  it('a new year starts again at 第1期 while 总第M期 runs on', async () => {
    const first = await client.draft(seriesId, [await client.approvedItem('关于新年第一期的建议')]);
    const second = await client.draft(seriesId, [await client.approvedItem('关于新年第二期的建议')]);
    const [a, b] = await Promise.all([client.sign(first, { date: '2025-01-06' }), client.sign(second, { date: '2025-01-06' })]);
    expect([a.body, b.body].map((i) => [i.year, i.number, i.totalNumber]).sort()).toEqual([
      [2025, 1, 21],
      [2025, 2, 22],
    ]);
  });

  it('the database refuses a duplicate number even without the service (unique keys)', async () => {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>("SELECT id FROM bulletin_issue WHERE kind = 'regular' AND year = 2024 AND number = 1");
    await expect(t.dataSource.query("UPDATE bulletin_issue SET number = 2 WHERE id = $1", [id])).rejects.toThrow(/bulletin_issue_number_key/);
    await expect(t.dataSource.query("UPDATE bulletin_issue SET total_number = 2 WHERE id = $1", [id])).rejects.toThrow(/bulletin_issue_total_number_key/);
  });

  it('lists the year by number, drafts first', async () => {
    const draft = await client.draft(seriesId, []);
    const list = (await client.get(await signIn(t, 'analyst', 'Demo@2026'), `/bulletin-series/${seriesId}/issues?year=2024&kind=regular`).expect(200)).body;
    expect(list[0]).toEqual(expect.objectContaining({ id: draft, status: 'draft', number: null }));
    expect(list.slice(1).map((i: { number: number }) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
  });
});
