import { Workbook } from 'exceljs';
import request from 'supertest';
import { bulletinClient } from '../support/bulletins';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth, deskClient } from '../support/desk';
import { signIn } from '../support/http';
import { summary } from '../support/ledger';
import { outcomesClient } from '../support/outcomes';
import { createTestApp, TestApp } from '../support/test-app';

const YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const LAST = YEAR - 1;

/**
 * The annual figures over history recorded here (not imported): an issue published through the
 * bulletin API, reports, adoptions and 批示 as the outcome screens record them. Each key counts
 * exactly what the contract says, in the committee's calendar (Asia/Shanghai).
 */
describe('annual figures (年度统计) of natively recorded history', () => {
  let t: TestApp;
  let jinzhong: string;
  let unit: string;
  let analyst: Auth;
  let editorId: string;
  const items: Record<string, string> = {};

  const record = {
    report: (item: string, level: 'province' | 'national', on: string) =>
      t.dataSource.query(`INSERT INTO item_report (item_id, outlet_id, level, reported_on, created_by_id) SELECT $1, id, level, $3, $4 FROM outlet WHERE level = $2 AND position = 1`, [
        items[item],
        level,
        on,
        editorId,
      ]),
    adoption: (item: string, level: string, kind: string, on: string) =>
      t.dataSource.query(`INSERT INTO adoption_event (item_id, level, kind, outlet, occurred_on, created_by_id) VALUES ($1, $2, $3, '省政协《社情民意》', $4, $5)`, [
        items[item],
        level,
        kind,
        on,
        editorId,
      ]),
    instruction: (item: string, level: string, on: string) =>
      t.dataSource.query(
        `INSERT INTO leader_instruction (item_id, committee_id, leader_name, leader_level, instructed_on, created_by_id, version) VALUES ($1, $2, '王志强', $3, $4, $5, 1)`,
        [items[item], jinzhong, level, on, editorId],
      ),
  };

  beforeAll(async () => {
    t = await createTestApp();
    const demo = await seedDemoCommitteeFull(t.dataSource);
    jinzhong = demo.organisations['晋中市政协'];
    unit = demo.organisations['民盟晋中市委会'];
    const [informant, editor, chief] = await Promise.all(['informant', 'editor', 'chief'].map((u) => signIn(t, u, 'Demo@2026')));
    analyst = await signIn(t, 'analyst', 'Demo@2026');
    editorId = await deskClient(t).me(editor);
    const bulletins = bulletinClient(t, { informant, editor, chief });
    const desk = deskClient(t);
    // 甲 and 乙 go into an issue of 《晋中社情民意》 that is signed today and published.
    items.甲 = await bulletins.approvedItem('关于加快农村互助幸福院建设的建议');
    items.乙 = await bulletins.approvedItem('关于规范校外培训的建议');
    const issue = await bulletins.draft(await bulletins.seriesId(), [items.甲, items.乙]);
    await bulletins.sign(issue).expect(200);
    await bulletins.publish(issue).expect(200);
    // 丙 is only submitted; 丁 is a draft (never collected).
    items.丙 = await desk.submitted(informant, { title: '关于增设公交站点的建议' });
    items.丁 = (await request(t.url).post('/api/v1/items').set(informant).send({ title: '草稿', body: '未报送。' }).expect(201)).body.id;
    // 戊 came in half an hour into 1 January (Beijing time): still the 31st of December in UTC, yet this year's.
    // 己 came a minute before midnight on New Year's Eve (Beijing time): last year's.
    items.戊 = await desk.submitted(informant, { title: '关于元旦假期景区限流的建议' });
    items.己 = await desk.submitted(informant, { title: '关于除夕烟花燃放管理的建议' });
    await t.dataSource.query(`UPDATE item SET submitted_at = $2 WHERE id = $1`, [items.戊, `${YEAR}-01-01T00:30:00+08:00`]);
    await t.dataSource.query(`UPDATE item SET submitted_at = $2 WHERE id = $1`, [items.己, `${LAST}-12-31T23:59:00+08:00`]);

    await record.report('甲', 'province', `${YEAR}-03-01`);
    await record.report('甲', 'national', `${YEAR}-03-02`);
    await record.report('乙', 'province', `${YEAR}-03-01`);
    await record.report('丙', 'national', `${YEAR}-04-01`);
    await record.report('己', 'province', `${LAST}-12-31`);
    await record.adoption('甲', 'province', 'single_adoption', `${YEAR}-03-10`);
    await record.adoption('甲', 'province', 'forwarded', `${YEAR}-05-01`);
    await record.adoption('甲', 'national', 'special_report', `${YEAR}-03-20`);
    await record.adoption('乙', 'province', 'composite_adoption', `${YEAR}-06-01`);
    await record.adoption('乙', 'province', 'proposal', `${YEAR}-06-02`); // 转化为提案 is not 采用
    await record.adoption('丙', 'national', 'media', `${YEAR}-04-05`); // nor is 媒体刊发
    await record.adoption('己', 'province', 'single_adoption', `${LAST}-12-31`);
    await record.instruction('甲', 'city', `${YEAR}-04-01`);
    await record.instruction('甲', 'department', `${YEAR}-04-02`);
    await record.instruction('丙', 'province', `${YEAR}-05-01`);
    await record.instruction('乙', 'national', `${LAST}-12-31`);
  });
  afterAll(() => t.close());

  const THIS_YEAR = {
    collected: 4, // 甲 乙 丙 戊
    locallyPublished: 2, // 甲 乙
    issues: 1,
    reportedProvince: 2, // 甲 乙
    reportedNational: 2, // 甲 丙
    reportedUp: 3,
    adoptedProvince: 2, // 甲 (twice) 乙
    adoptedNational: 1, // 甲 (专报)
    adoptedUp: 2,
    adoptionOccurrences: 4, // 件次: 甲 ×3, 乙 ×1
    endorsements: { total: 3, city: 1, province: 1, national: 0, department: 1 },
  };

  it('the committee: each key counts what the contract says', async () => {
    expect(await summary(t, analyst, jinzhong, YEAR)).toEqual({ org: { id: jinzhong, name: '晋中市政协', kind: 'city' }, year: YEAR, ...THIS_YEAR });
  });

  it('last year holds only what happened in it (Beijing time)', async () => {
    const last = await summary(t, analyst, jinzhong, LAST);
    expect(last).toEqual(
      expect.objectContaining({ collected: 1, locallyPublished: 0, issues: 0, reportedProvince: 1, reportedUp: 1, adoptedUp: 1, adoptionOccurrences: 1 }),
    );
    expect(last.endorsements).toEqual({ total: 1, city: 0, province: 0, national: 1, department: 0 });
  });

  it('a unit counts its own items; issues belong to the committee', async () => {
    expect(await summary(t, analyst, unit, YEAR)).toEqual({ org: { id: unit, name: '民盟晋中市委会', kind: 'unit' }, year: YEAR, ...THIS_YEAR, issues: 0 });
  });

  it('the units table: one row per unit and committee under 晋中, most items first', async () => {
    const rows = (await request(t.url).get('/api/v1/stats/units').query({ orgId: jinzhong, year: YEAR }).set(analyst).expect(200)).body;
    expect(rows[0]).toEqual({ unitId: unit, unitName: '民盟晋中市委会', submitted: 4, locallyPublished: 2, reportedUp: 3, adoptedUp: 2 });
    expect(rows.map((r: { unitName: string }) => r.unitName).sort()).toEqual(['太谷区政协', '市政协农业和农村委员会', '晋中市工商联', '榆次区政协', '民盟晋中市委会', '民革晋中市委会'].sort());
    expect(rows.slice(1).every((r: { submitted: number }) => r.submitted === 0)).toBe(true);
  });

  it('the year defaults to this year', async () => {
    const body = (await request(t.url).get('/api/v1/stats/summary').query({ orgId: jinzhong }).set(analyst).expect(200)).body;
    expect(body).toEqual(expect.objectContaining({ year: YEAR, collected: 4 }));
  });

  it('exports the figures and the units table as a workbook with the same numbers', async () => {
    const response = await outcomesClient(t).download(analyst, `/stats/export?orgId=${jinzhong}&year=${YEAR}`).expect(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent(`晋中市政协${YEAR}年社情民意信息统计.xlsx`));
    const workbook = new Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const rows = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(2).map((cells) => (cells as unknown[]).slice(1));
    expect(rows('年度统计')).toEqual(
      expect.arrayContaining([
        ['收集信息（件）', THIS_YEAR.collected],
        ['出刊（期）', THIS_YEAR.issues],
        ['上级采用（件，去重）', THIS_YEAR.adoptedUp],
        ['采用件次', THIS_YEAR.adoptionOccurrences],
        ['其中：厅局级', THIS_YEAR.endorsements.department],
      ]),
    );
    expect(rows('各单位')[0]).toEqual(['民盟晋中市委会', 4, 2, 3, 2]);
    expect(rows('各单位')).toHaveLength(6);
  });
});
