import { Queue } from 'bullmq';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { JobSchedulerId, QueueName } from '@sqmy/queue';
import { ScheduledReportsService } from '@sqmy/scoring';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth } from '../support/desk';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { outcomesClient } from '../support/outcomes';
import { scoredHistory2024, scoringFixture } from '../support/scored-history';
import { createTestApp, TestApp } from '../support/test-app';

const part = async (docx: Buffer, path: string) => (await JSZip.loadAsync(docx)).file(path)!.async('string');

/**
 * The 统计通报: made by the worker from the tallies and the raw records (scoredHistory2024), stored
 * as .docx and .xlsx, the committee's analysts told; made again from the same data, the same files.
 */
describe('统计通报 (stats reports)', () => {
  let t: TestApp;
  let analyst: Auth;
  let editor: Auth;
  let org: (name: string) => string;
  let people: Record<string, string>;
  const api = () => outcomesClient(t);

  const makeJune = async () => {
    const queued = await api().post(analyst, '/stats-reports', { grain: 'month', period: '2024-06' }).expect(202);
    await drainJobs(t, 60_000);
    return queued.body as { id: string };
  };
  const download = async (id: string, format: 'docx' | 'xlsx') => {
    const response = await api().download(analyst, `/stats-reports/${id}/document?format=${format}`).expect(200);
    return { body: response.body as Buffer, disposition: response.headers['content-disposition'] as string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const demo = await seedDemoCommitteeFull(t.dataSource);
    org = (name) => demo.organisations[name];
    people = await scoredHistory2024(t.dataSource, org);
    await t.dataSource.query(`INSERT INTO quota (committee_id, subject_type, subject_id, grain, year, target, version) VALUES ($1, 'informant', $2, 'month', 2024, 1, 1)`, [
      org('晋中市政协'),
      people.张,
    ]);
    [analyst, editor] = await Promise.all(['analyst', 'editor'].map((u) => signIn(t, u, 'Demo@2026')));
  });

  afterAll(() => t?.close());

  it('an analyst asks for June’s; the worker makes the .docx and the .xlsx with the month’s figures and tells the analysts', async () => {
    const queued = await api().post(analyst, '/stats-reports', { grain: 'month', period: '2024-06' }).expect(202);
    expect(queued.body).toMatchObject({
      committee: { id: org('晋中市政协'), name: '晋中市政协' },
      grain: 'month',
      periodStart: '2024-06-01',
      label: '2024年6月统计通报',
      status: 'queued',
      requestedBy: { name: '孙分析' },
    });
    await drainJobs(t, 60_000);
    const done = (await api().get(analyst, `/stats-reports/${queued.body.id}`).expect(200)).body;
    expect(done).toMatchObject({ status: 'succeeded', progress: 100, error: null, files: { docx: true, xlsx: true }, finishedAt: expect.any(String) });

    const docx = await download(queued.body.id, 'docx');
    expect(docx.disposition).toContain(encodeURIComponent('晋中市政协2024年6月统计通报.docx'));
    const text = await part(docx.body, 'word/document.xml');
    expect(text).toContain('晋中市政协2024年6月统计通报');
    expect(text).toContain('统计期间：2024年6月1日至2024年6月30日（2024年6月）');
    // June: 关于完善农村医保的建议 submitted (06-01) and sent on as a 专报 to the province (06-20), 8 points shared by 刘信息 and 陈委员.
    expect(text).toContain('本期共收集社情民意信息1篇');
    expect(text).toContain('省级采用1篇');
    expect(text).toContain('专报');
    expect(text.indexOf('陈委员')).toBeGreaterThan(-1);
    expect(text.indexOf('陈委员')).toBeLessThan(text.indexOf('刘信息')); // tied at 4 points, by name
    expect(await part(docx.body, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-30T00:00:00Z</dcterms:created>');

    const xlsx = await download(queued.body.id, 'xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows = (sheet: string) => workbook.getWorksheet(sheet)!.getSheetValues().slice(2).map((cells) => (cells as unknown[]).slice(1));
    expect(rows('总体情况')).toEqual(expect.arrayContaining([['收集信息（篇）', 1], ['省级采用（篇）', 1], ['领导批示（件）', 0]]));
    expect(rows('信息员排名').map((cells) => [cells[0], cells[2], cells[4]])).toEqual([
      [1, '陈委员', 4],
      [1, '刘信息', 4],
    ]);
    expect(rows('报送单位排名').map((cells) => [cells[2], cells[4]])).toEqual([['市政协农业和农村委员会', 8]]);
    // Quota progress as it stood at the end of June, whenever the report is made: six months due, two submitted.
    expect(rows('任务数').map((cells) => [cells[0], cells[3], cells[4]])).toEqual([['张信息', 6, 2]]);

    const notices = (await api().get(analyst, '/notifications').expect(200)).body.items as { title: string; link: string }[];
    expect(notices).toContainEqual(expect.objectContaining({ title: '晋中市政协2024年6月统计通报已生成', link: `/stats-reports/${queued.body.id}` }));
  });

  it('made again from the same data, the same files byte for byte; from changed data, new ones', async () => {
    const { id } = await makeJune();
    const before = { docx: (await download(id, 'docx')).body, xlsx: (await download(id, 'xlsx')).body };
    expect((await makeJune()).id).toBe(id);
    expect((await download(id, 'docx')).body.equals(before.docx)).toBe(true);
    expect((await download(id, 'xlsx')).body.equals(before.xlsx)).toBe(true);

    const scoring = scoringFixture(t.dataSource);
    await scoring.item({ title: '关于夏粮收购的建议', unitId: org('民盟晋中市委会'), authorIds: [people.张], submittedOn: '2024-06-15' });
    await scoring.tallies();
    await makeJune();
    const after = (await download(id, 'docx')).body;
    expect(after.equals(before.docx)).toBe(false);
    expect(await part(after, 'word/document.xml')).toContain('本期共收集社情民意信息2篇');
    const [{ count }] = await t.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM stats_report');
    expect(count).toBe(1);
  });

  it('lists the committee’s reports and refuses what cannot be made or read', async () => {
    await api().post(editor, '/stats-reports', { grain: 'quarter', period: '2024-Q2' }).expect(202);
    await drainJobs(t, 60_000);
    const list = (await api().get(analyst, '/stats-reports').expect(200)).body as { label: string }[];
    expect(list.map((r) => r.label)).toEqual(['2024年6月统计通报', '2024年第2季度统计通报']); // by the period's first day

    expectErrorShape((await api().post(analyst, '/stats-reports', { grain: 'month', period: '2024-Q1' }).expect(400)).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await api().post(analyst, '/stats-reports', { grain: 'week', period: '2024-01' }).expect(400)).body, 400, 'VALIDATION_FAILED');
    const outside = await api().post(analyst, '/stats-reports', { committeeId: org('山西省政协'), grain: 'year', period: '2024' }).expect(403);
    expectErrorShape(outside.body, 403, 'OUT_OF_SCOPE');

    const [{ id }] = await t.dataSource.query<{ id: string }[]>(`INSERT INTO stats_report (committee_id, grain, period_start) VALUES ($1, 'month', '2024-01-01') RETURNING id`, [org('晋中市政协')]);
    expectErrorShape((await api().get(analyst, `/stats-reports/${id}/document?format=docx`).expect(409)).body, 409, 'DOCUMENT_NOT_READY');
    await api().get(analyst, `/stats-reports/${id}/document?format=pdf`).expect(400);
  });

  it('on the 1st of each month at 06:00 the schedule queues every committee’s month, and the quarter or year that ended', async () => {
    const queue = new Queue(QueueName.StatsReports, { connection: { url: process.env.REDIS_URL }, prefix: t.queuePrefix });
    try {
      expect(await queue.getJobScheduler(JobSchedulerId.MonthlyStatsReports)).toMatchObject({ pattern: '0 6 1 * *', tz: 'Asia/Shanghai' });
    } finally {
      await queue.close();
    }
    const scheduled = t.worker!.get(ScheduledReportsService);
    // 5 committees (全国, 山西省, 晋中市, 榆次区, 太谷区) × (June, Q2) — 晋中市's June and Q2 exist already.
    expect(await scheduled.queueEnded(new Date('2024-07-01T06:00:00+08:00'))).toBe(8);
    expect(await scheduled.queueEnded(new Date('2024-07-01T06:00:00+08:00'))).toBe(0);
    await drainJobs(t, 90_000);
    const reports = await t.dataSource.query<{ status: string; count: number }[]>(
      `SELECT status, count(*)::int AS count FROM stats_report WHERE period_start >= '2024-04-01' GROUP BY status`,
    );
    expect(reports).toEqual([{ status: 'succeeded', count: 10 }]);
  });
});
