import { Workbook } from 'exceljs';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth } from '../support/desk';
import { expectErrorShape, signIn } from '../support/http';
import { outcomesClient } from '../support/outcomes';
import { scoredHistory2024, scoringFixture } from '../support/scored-history';
import { createTestApp, TestApp } from '../support/test-app';

interface Row {
  rank: number;
  previousRank: number | null;
  change: number | null;
  subject: { id: string; name: string; orgName: string };
  score: number;
  submitted: number;
  adopted: number;
  rate: number | null;
}

/**
 * Rankings read the tallies, written here as the scoring core writes them (see scoredHistory2024
 * for the story, small enough to rank by hand).
 */
describe('rankings (排名) from the tallies', () => {
  let t: TestApp;
  let analyst: Auth;
  let org: (name: string) => string;
  const people: Record<string, string> = {};
  const get = (path: string) => outcomesClient(t).get(analyst, path);
  const rank = async (query: string) => (await get(`/rankings?${query}`).expect(200)).body as { org: object; total: number; rows: Row[]; period: object; previous: object };
  const names = (rows: Row[]) => rows.map((row) => [row.subject.name, row.rank]);

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    const demo = await seedDemoCommitteeFull(t.dataSource);
    org = (name) => demo.organisations[name];
    analyst = await signIn(t, 'analyst', 'Demo@2026');
    Object.assign(people, await scoredHistory2024(t.dataSource, org));
  });

  afterAll(() => t?.close());

  it('ranks the informants of the committee by score, ties sharing a rank (1, 2, 2, 4) and ordered by name', async () => {
    const ranking = await rank('subject=informant&period=year&year=2024');
    expect(ranking).toMatchObject({
      subject: 'informant',
      org: { id: org('晋中市政协'), name: '晋中市政协' },
      by: 'score',
      level: 'any',
      period: { grain: 'year', from: '2024-01-01', to: '2024-12-31', label: '2024年' },
      previous: { from: '2023-01-01', to: '2023-12-31', label: '2023年' },
      total: 6,
    });
    expect(names(ranking.rows)).toEqual([
      ['赵信息', 1],
      ['刘信息', 2],
      ['张信息', 2],
      ['陈委员', 4],
      ['周联络', 5],
      ['王信息', 6],
    ]);
    expect(ranking.rows[1]).toEqual({
      rank: 2,
      previousRank: null,
      change: null,
      subject: { id: people.刘, name: '刘信息', orgName: '市政协农业和农村委员会' },
      score: 5,
      submitted: 2,
      adopted: 2,
      rate: 1,
    });
    expect(ranking.rows[2]).toMatchObject({ score: 5, submitted: 2, adopted: 1, rate: 0.5 });
    // 赵信息 submitted in 2023: ranked 1 in 2023 with no points then (the adoption came in 2024).
    expect(ranking.rows[0]).toMatchObject({ score: 20, submitted: 0, adopted: 0, rate: null, previousRank: 1, change: 0 });
  });

  it('pages over the ranking without renumbering: rank is over all rows', async () => {
    const straddling = await Promise.all([1, 2].map((page) => rank(`subject=informant&year=2024&page=${page}&pageSize=2`)));
    expect(straddling.map((page) => names(page.rows))).toEqual([
      [
        ['赵信息', 1],
        ['刘信息', 2],
      ],
      [
        ['张信息', 2],
        ['陈委员', 4],
      ],
    ]);
    const page = await rank('subject=informant&year=2024&page=2&pageSize=4');
    expect(page.total).toBe(6);
    expect(names(page.rows)).toEqual([
      ['周联络', 5],
      ['王信息', 6],
    ]);
  });

  it('ranks by 采用率 at a level, leaving out those who submitted nothing', async () => {
    const any = await rank('subject=informant&year=2024&by=rate&level=any');
    expect(any.total).toBe(5);
    expect(any.rows.map((row) => [row.subject.name, row.rank, row.rate])).toEqual([
      ['陈委员', 1, 1],
      ['刘信息', 1, 1],
      ['周联络', 1, 1],
      ['张信息', 4, 0.5],
      ['王信息', 5, 0],
    ]);
    const city = await rank('subject=informant&year=2024&by=rate&level=city');
    expect(city.rows.map((row) => [row.subject.name, row.rank, row.adopted, row.submitted])).toEqual([
      ['周联络', 1, 1, 1],
      ['张信息', 2, 1, 2],
      ['陈委员', 3, 0, 1],
      ['刘信息', 3, 0, 2],
      ['王信息', 3, 0, 1],
    ]);
  });

  it('sums the months of a custom range and compares with the months just before', async () => {
    const ranking = await rank('subject=informant&period=custom&from=2024-03&to=2024-06');
    expect(ranking.period).toEqual({ grain: 'custom', from: '2024-03-01', to: '2024-06-30', label: '2024年3月—2024年6月' });
    expect(ranking.previous).toEqual({ from: '2023-11-01', to: '2024-02-29', label: '2023年11月—2024年2月' });
    expect(ranking.rows.map((row) => [row.subject.name, row.rank, row.score, row.submitted, row.previousRank])).toEqual([
      ['张信息', 1, 5, 2, null],
      ['陈委员', 2, 4, 1, null],
      ['刘信息', 2, 4, 1, null],
    ]);
  });

  it('shows the change of rank against the previous quarter', async () => {
    const ranking = await rank('subject=informant&period=quarter&year=2024&quarter=2');
    expect(ranking.period).toMatchObject({ grain: 'quarter', label: '2024年第2季度', from: '2024-04-01', to: '2024-06-30' });
    expect(ranking.previous).toMatchObject({ label: '2024年第1季度' });
    expect(ranking.rows.map((row) => [row.subject.name, row.rank, row.score, row.previousRank, row.change])).toEqual([
      ['陈委员', 1, 4, null, null],
      ['刘信息', 1, 4, null, null],
      ['张信息', 3, 3, 2, -1],
    ]);
    const march = await rank('subject=informant&period=month&year=2024&month=3');
    expect(march.period).toMatchObject({ grain: 'month', label: '2024年3月' });
    expect(march.previous).toMatchObject({ label: '2024年2月' });
  });

  it('keeps to the scope asked for: a unit ranks its own informants only', async () => {
    const ranking = await rank(`subject=informant&year=2024&orgId=${org('民盟晋中市委会')}`);
    expect(ranking.org).toEqual({ id: org('民盟晋中市委会'), name: '民盟晋中市委会' });
    expect(names(ranking.rows)).toEqual([
      ['张信息', 1],
      ['周联络', 2],
    ]);
  });

  it('ranks units by their items’ points and the committee among the cities', async () => {
    const units = await rank('subject=unit&year=2024');
    expect(units.rows.map((row) => [row.subject.name, row.rank, row.score, row.submitted, row.subject.orgName])).toEqual([
      ['晋中市工商联', 1, 20, 0, '晋中市政协'],
      ['市政协农业和农村委员会', 2, 9, 3, '晋中市政协'],
      ['民盟晋中市委会', 3, 8, 3, '晋中市政协'],
    ]);
    expect((await rank('subject=county&year=2024')).total).toBe(0);
  });

  it('refuses bad periods and organisations outside the caller’s committee', async () => {
    const inverted = await get('/rankings?period=custom&from=2024-08&to=2024-03').expect(422);
    expectErrorShape(inverted.body, 422, 'INVALID_PERIOD');
    expectErrorShape((await get('/rankings?period=month&year=2024&month=13').expect(400)).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await get('/rankings?period=custom&from=2024-3').expect(400)).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await get('/rankings?period=quarter&year=2024').expect(400)).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await get('/rankings?subject=province').expect(400)).body, 400, 'VALIDATION_FAILED');
    const outside = await get(`/rankings?orgId=${org('山西省政协')}`).expect(403);
    expectErrorShape(outside.body, 403, 'OUT_OF_SCOPE');
  });

  it('drills a row down to its lines and cohort items, whose sums are the row', async () => {
    const [row] = (await rank(`subject=informant&year=2024&orgId=${org('民盟晋中市委会')}`)).rows;
    const drill = (await get(`/rankings/drilldown?subject=informant&subjectId=${people.张}&period=year&year=2024`).expect(200)).body;
    expect(drill.subject).toEqual({ id: people.张, name: '张信息' });
    expect(drill.lines.map((line: { kindLabel: string; points: number; occurredOn: string }) => [line.occurredOn, line.kindLabel, line.points])).toEqual([
      ['2024-03-20', '编发', 2],
      ['2024-04-10', '综合采用', 2],
      ['2024-04-10', '转送采用', 1],
    ]);
    expect(drill.lines[0]).toMatchObject({ item: { title: '关于加快农村互助幸福院建设的建议' }, source: 'adoption', level: 'city', ruleSet: null });
    expect(drill.items.map((item: { title: string }) => item.title)).toEqual(['关于加快农村互助幸福院建设的建议', '关于规范校外培训的建议']);
    expect({ score: drill.score, submitted: drill.submitted, adopted: drill.adopted }).toEqual({ score: row.score, submitted: row.submitted, adopted: row.adopted });

    const unit = (await get(`/rankings/drilldown?subject=unit&subjectId=${org('市政协农业和农村委员会')}&year=2024`).expect(200)).body;
    expect([unit.score, unit.submitted, unit.adopted]).toEqual([9, 3, 2]);
    await get(`/rankings/drilldown?subject=unit&subjectId=${org('山西省政协')}&year=2024`).expect(404); // not a unit
    const outsider = await scoringFixture(t.dataSource).user('省政协信息员', org('山西省政协'));
    expectErrorShape((await get(`/rankings/drilldown?subject=informant&subjectId=${outsider}&year=2024`).expect(403)).body, 403, 'OUT_OF_SCOPE');
    const county = await get(`/rankings/drilldown?subject=county&subjectId=${org('榆次区政协')}&year=2024`).expect(200);
    expect(county.body).toMatchObject({ score: 0, submitted: 0, adopted: 0, lines: [], items: [] });
  });

  it('exports the ranking as a workbook with every row', async () => {
    const response = await outcomesClient(t).download(analyst, '/rankings/export?subject=informant&period=year&year=2024&pageSize=2').expect(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('晋中市政协2024年信息员排名.xlsx'));
    const workbook = new Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = sheet.getSheetValues().slice(1).map((cells) => (cells as unknown[]).slice(1));
    expect(values[0]).toEqual(['名次', '名次变化', '名称', '单位', '得分', '报送', '采用', '采用率']);
    expect(values.slice(1).map((cells) => [cells[0], cells[2], cells[4]])).toEqual([
      [1, '赵信息', 20],
      [2, '刘信息', 5],
      [2, '张信息', 5],
      [4, '陈委员', 4],
      [5, '周联络', 3],
      [6, '王信息', 0],
    ]);
  });
  it('the dashboard shows the year: figures, the months, adoptions by level and kind, the leaders and who falls behind', async () => {
    await t.dataSource.query(`INSERT INTO quota (committee_id, subject_type, subject_id, grain, year, target, version) VALUES ($1, 'informant', $2, 'month', 2024, 1, 1)`, [
      org('晋中市政协'),
      people.王,
    ]);
    const dashboard = (await get('/dashboard?year=2024').expect(200)).body;
    expect(dashboard.summary).toMatchObject({ org: { id: org('晋中市政协'), name: '晋中市政协' }, year: 2024, collected: 6, adoptedProvince: 4, adoptedNational: 1 });
    expect(dashboard.trend).toHaveLength(12);
    expect(dashboard.trend[2]).toEqual({ month: '2024-03', submitted: 1, adoptedCity: 1, adoptedProvince: 1, adoptedNational: 0, points: 2 });
    expect(dashboard.trend.reduce((sum: number, month: { points: number }) => sum + month.points, 0)).toBe(37);
    expect(dashboard.byLevelKind).toEqual([
      { level: 'city', levelLabel: '市级', kind: 'compiled', kindLabel: '编发', count: 2 },
      { level: 'national', levelLabel: '全国', kind: 'single_adoption', kindLabel: '单篇采用', count: 1 },
      { level: 'province', levelLabel: '省级', kind: 'composite_adoption', kindLabel: '综合采用', count: 1 },
      { level: 'province', levelLabel: '省级', kind: 'forwarded', kindLabel: '转送采用', count: 3 },
      { level: 'province', levelLabel: '省级', kind: 'special_report', kindLabel: '专报', count: 1 },
    ]);
    expect(dashboard.topInformants.map((row: Row) => row.subject.name)).toEqual(['赵信息', '刘信息', '张信息', '陈委员', '周联络', '王信息']);
    expect(dashboard.topUnits.map((row: Row) => [row.subject.name, row.score])).toEqual([
      ['晋中市工商联', 20],
      ['市政协农业和农村委员会', 9],
      ['民盟晋中市委会', 8],
    ]);
    expect(dashboard.behind.map((quota: { subject: { name: string }; progress: object }) => [quota.subject.name, quota.progress])).toEqual([
      ['王信息', { due: 12, done: 1, ratio: 0.0833, behind: true }],
    ]);
    expectErrorShape((await get(`/dashboard?orgId=${org('山西省政协')}&year=2024`).expect(403)).body, 403, 'OUT_OF_SCOPE');
  });

  it('an informant sees their own standing; a unit liaison also their unit’s', async () => {
    const informant = await signIn(t, 'informant', 'Demo@2026');
    const own = (await outcomesClient(t).get(informant, '/me/standing?year=2024').expect(200)).body;
    expect(own).toEqual({ informant: { score: 5, rank: 2, of: 6, submitted: 2, adopted: 1, rate: 0.5 }, unit: null, quotas: [] });
    const liaison = await signIn(t, 'unitadmin', 'Demo@2026');
    const both = (await outcomesClient(t).get(liaison, '/me/standing?year=2024').expect(200)).body;
    expect(both.informant).toEqual({ score: 3, rank: 5, of: 6, submitted: 1, adopted: 1, rate: 1 });
    expect(both.unit).toEqual({ id: org('民盟晋中市委会'), name: '民盟晋中市委会', score: 8, rank: 3, of: 3, submitted: 3, adopted: 2, rate: 0.6667 });
    const quiet = (await outcomesClient(t).get(informant, '/me/standing?year=2023').expect(200)).body;
    expect(quiet.informant).toEqual({ score: 0, rank: null, of: 1, submitted: 0, adopted: 0, rate: null });
  });
});
