import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { SEED_YEARS, SeedYearSpec } from '@sqmy/ledger';
import { importLedger, LedgerCommittee, ledgerCommittees, summary } from '../support/ledger';
import { createTestApp, TestApp } from '../support/test-app';
import { asBytes } from '../support/http';

const FIXTURES = join(__dirname, '../fixtures/ledgers');
const spec = (committee: string) => SEED_YEARS.find((s) => s.committee === committee)!;
const fixture = (s: SeedYearSpec) => readFileSync(join(FIXTURES, s.file));

/** `endorsements.total` → summary.endorsements.total */
const figure = (body: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], body);
const expectFigures = (body: Record<string, unknown>, expected: Record<string, number>) =>
  expect(Object.fromEntries(Object.keys(expected).map((key) => [key, figure(body, key)]))).toEqual(expected);

/** Rows of every table a ledger import writes. */
const TABLES = ['item', 'item_author', 'item_version', 'item_event', 'app_user', 'organisation', 'bulletin_issue', 'bulletin_issue_item', 'item_report', 'adoption_event', 'leader_instruction'];

// Each step imports thousands of rows and waits for their intake and scoring: bounded, but generously, for a busy machine.
jest.setTimeout(300_000);

describe('the seed years of DESIGN.md, imported from their ledgers (台账), give the published figures', () => {
  let t: TestApp;
  let committees: Record<string, LedgerCommittee>;
  const seconds: Record<string, number> = {};

  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n])));
  const unitId = async (committeeId: string, name: string) =>
    (await t.dataSource.query<{ id: string }[]>('SELECT id FROM organisation WHERE parent_id = $1 AND name = $2', [committeeId, name]))[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    committees = await ledgerCommittees(t, [
      { name: '晋中市政协', code: 'jz', series: '晋中社情民意' },
      { name: '长治市政协', code: 'cz', series: '政协社情民意' },
      { name: '太原市政协', code: 'ty', series: '太原社情民意' },
      { name: '晋城市政协', code: 'jc', series: '晋城社情民意' },
    ]);
  });
  afterAll(async () => {
    console.log(`台账导入用时（上传到完成）：${JSON.stringify(seconds)}`);
    await t.close();
  });

  it.each(SEED_YEARS.map((s) => [s.committee, s.year, s] as const))('%s %i: every row imported, the figures exact', async (name, year, s) => {
    const committee = committees[name];
    const result = await importLedger(t, committee.editor, committee.id, fixture(s), s.file);
    seconds[name] = result.seconds;
    const rows = s.segments.reduce((sum, segment) => sum + segment.collected, 0);
    expect(result).toEqual(expect.objectContaining({ status: 'succeeded', total: rows, processed: rows, created: rows, unchanged: 0, errors: [] }));
    expectFigures(await summary(t, committee.analyst, committee.id, year), s.expected);
    if (s.unitExpected) {
      const unit = await summary(t, committee.analyst, await unitId(committee.id, s.unitExpected.unit), year);
      expect(unit.org).toEqual(expect.objectContaining({ name: s.unitExpected.unit, kind: 'unit' }));
      expectFigures(unit, s.unitExpected.figures);
    }
    // Another year has nothing.
    expectFigures(await summary(t, committee.analyst, committee.id, year - 1), { collected: 0, issues: 0, reportedUp: 0, adoptedUp: 0, 'endorsements.total': 0 });
  });

  it('晋中 2024 imported a second time: every row unchanged, nothing new in the database', async () => {
    const s = spec('晋中市政协');
    const before = await counts();
    const again = await importLedger(t, committees['晋中市政协'].editor, committees['晋中市政协'].id, fixture(s), s.file);
    expect(again).toEqual(expect.objectContaining({ status: 'succeeded', created: 0, unchanged: 783, errors: [] }));
    expect(await counts()).toEqual(before);
    expectFigures(await summary(t, committees['晋中市政协'].analyst, committees['晋中市政协'].id, 2024), s.expected);
  });

  it('长治 2023 exported and imported into a fresh committee gives the same figures (and so does its unit)', async () => {
    const changzhi = committees['长治市政协'];
    const exported = await request(t.url)
      .get('/api/v1/exports/ledger')
      .query({ orgId: changzhi.id, year: 2023 })
      .set(changzhi.analyst)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    expect(exported.headers['content-disposition']).toContain(encodeURIComponent('长治市政协台账2023年.xlsx'));
    const jincheng = committees['晋城市政协'];
    const result = await importLedger(t, jincheng.editor, jincheng.id, exported.body as Buffer, '长治台账.xlsx');
    seconds['长治导出再导入'] = result.seconds;
    expect(result).toEqual(expect.objectContaining({ status: 'succeeded', created: 2773, unchanged: 0, errors: [] }));
    const { org: _from, ...original } = await summary(t, changzhi.analyst, changzhi.id, 2023);
    const { org: _to, ...copy } = await summary(t, jincheng.analyst, jincheng.id, 2023);
    expect(copy).toEqual(original);
    const unit = spec('长治市政协').unitExpected!;
    const { org: _u1, ...unitOriginal } = await summary(t, changzhi.analyst, await unitId(changzhi.id, unit.unit), 2023);
    const { org: _u2, ...unitCopy } = await summary(t, jincheng.analyst, await unitId(jincheng.id, unit.unit), 2023);
    expect(unitCopy).toEqual(unitOriginal);
    // The units' table lists the same units with the same figures.
    const units = async (c: LedgerCommittee) =>
      ((await request(t.url).get('/api/v1/stats/units').query({ orgId: c.id, year: 2023 }).set(c.analyst).expect(200)).body as { unitId: string }[]).map(({ unitId: _, ...rest }) => rest);
    const table = await units(changzhi);
    expect(table).toHaveLength(25);
    expect(table.find((row) => (row as { unitName: string }).unitName === unit.unit)).toEqual({ unitName: unit.unit, submitted: 206, locallyPublished: 24, reportedUp: 49, adoptedUp: 5 });
    expect(await units(jincheng)).toEqual(table);
  });
});
