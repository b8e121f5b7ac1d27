import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_YEARS } from '@sqmy/ledger';
import { currentYear } from '@sqmy/scoring';
import { drainJobs } from '../support/jobs';
import { importLedger, LedgerCommittee, ledgerCommittees, summary } from '../support/ledger';
import { outcomesClient } from '../support/outcomes';
import { createTestApp, TestApp } from '../support/test-app';

const SPEC = SEED_YEARS.find((s) => s.committee === '晋中市政协')!;

/** The 统计通报's figures that 年度统计 also gives, by the workbook's row label → the summary's figure. */
const SHARED: [string, (figures: Summary) => number][] = [
  ['收集信息（篇）', (f) => f.collected],
  ['编发信息（篇）', (f) => f.locallyPublished],
  ['报送省级（篇）', (f) => f.reportedProvince],
  ['报送全国（篇）', (f) => f.reportedNational],
  ['省级采用（篇）', (f) => f.adoptedProvince],
  ['全国采用（篇）', (f) => f.adoptedNational],
  ['省级以上采用（件次）', (f) => f.adoptionOccurrences],
  ['领导批示（件）', (f) => f.endorsements.total],
];
type Summary = Record<'collected' | 'locallyPublished' | 'reportedProvince' | 'reportedNational' | 'adoptedProvince' | 'adoptedNational' | 'adoptionOccurrences', number> & {
  endorsements: { total: number };
};

/**
 * A committee's past year imported from its ledger (台账): its issues are dated in that year, but were
 * written into the system today. The 统计通报 counts every figure by the events' own dates, as
 * 年度统计 does, so the two agree for the imported year, and the year of the import shows nothing.
 */
describe('统计通报 of an imported history', () => {
  let t: TestApp;
  let jinzhong: LedgerCommittee;
  const api = () => outcomesClient(t);

  /** Makes the committee's 统计通报 and reads its 总体情况 sheet: label → number. */
  const report = async (grain: 'year' | 'quarter', period: string) => {
    const queued = await api().post(jinzhong.analyst, '/stats-reports', { grain, period }).expect(202);
    await drainJobs(t, 120_000);
    const file = await api().download(jinzhong.analyst, `/stats-reports/${queued.body.id}/document?format=xlsx`).expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(file.body as ArrayBuffer);
    const rows = workbook.getWorksheet('总体情况')!.getSheetValues().slice(2).map((cells) => (cells as unknown[]).slice(1));
    return Object.fromEntries(rows.filter(([, value]) => typeof value === 'number')) as Record<string, number>;
  };
  const shared = (figures: Summary) => Object.fromEntries(SHARED.map(([label, figure]) => [label, figure(figures)]));
  const sharedOf = (counts: Record<string, number>) => Object.fromEntries(SHARED.map(([label]) => [label, counts[label]]));

  beforeAll(async () => {
    t = await createTestApp();
    ({ 晋中市政协: jinzhong } = await ledgerCommittees(t, [{ name: '晋中市政协', code: 'jz', series: '晋中社情民意' }]));
    const imported = await importLedger(t, jinzhong.editor, jinzhong.id, readFileSync(join(__dirname, '../fixtures/ledgers', SPEC.file)), SPEC.file, 120_000);
    expect(imported).toEqual(expect.objectContaining({ status: 'succeeded', errors: [] }));
  }, 300_000);
  afterAll(() => t?.close());

  it(`the ${SPEC.year} report gives 年度统计's figures for ${SPEC.year}, 编发 included`, async () => {
    const annual = (await summary(t, jinzhong.analyst, jinzhong.id, SPEC.year)) as Summary;
    expect(annual.locallyPublished).toBe(SPEC.expected.locallyPublished);
    expect(sharedOf(await report('year', String(SPEC.year)))).toEqual(shared(annual));
  });

  it(`its quarters' 编发 add up to the year's: each issue counts on its own date`, async () => {
    let published = 0;
    for (const quarter of [1, 2, 3, 4]) published += (await report('quarter', `${SPEC.year}-Q${quarter}`))['编发信息（篇）'];
    expect(published).toBe(SPEC.expected.locallyPublished);
  });

  it('the report of the year of the import, which had no items, shows nothing, as 年度统计 does', async () => {
    const year = currentYear();
    const annual = (await summary(t, jinzhong.analyst, jinzhong.id, year)) as Summary;
    expect(shared(annual)).toEqual(Object.fromEntries(SHARED.map(([label]) => [label, 0])));
    const counts = await report('year', String(year));
    expect(sharedOf(counts)).toEqual(shared(annual));
    expect(counts['市级采用（篇）']).toBe(0);
  });
});
