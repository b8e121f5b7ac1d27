import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import request from 'supertest';
import { SEED_YEARS } from '@sqmy/ledger';
import { ITEM_BODY } from '../support/desk';
import { signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { importLedger } from '../support/ledger';
import { outcomesClient } from '../support/outcomes';
import { screenshot, useWebApp } from './browser';
import { inputOf, pickInDialog, waitForDialog, waitForFigure } from './outcomes-actions';
import { downloadBy, pickSegment, rankingRows, searchInDialog, xlsxHeader } from './scoring-actions';
import { logIn, openMenu, pickOption } from './shell-actions';

const JINZHONG = SEED_YEARS.find((spec) => spec.committee === '晋中市政协')!;

/**
 * The research center's screens in a real browser against the real API and worker: the demo
 * committee's 2024 台账 is imported, then an analyst reads the 数据看板 and the 排名 (drill-down,
 * export) and makes a 统计通报, an editor sets a 任务数, an informant sees 我的得分, an admin writes a 计分办法.
 */
describe('scoring, rankings and the dashboard in the web app', () => {
  const web = useWebApp();
  /** Chromium on a shared machine is slow: each step may wait longer than the default. */
  const page = (name: string, work: (tab: Page) => Promise<void>) =>
    web.page(name, async (tab) => {
      tab.setDefaultTimeout(30_000);
      await work(tab);
    });
  const as = (account: 'informant' | 'editor' | 'analyst') => signIn(web.server, web.accounts[account].username, web.accounts[account].password);
  const STEP_MS = 180_000;
  const api = (path: string) => `/api/v1${path}`;

  beforeAll(async () => {
    const [committee] = await web.server.dataSource.query<{ id: string }[]>("SELECT id FROM organisation WHERE name = '晋中市政协'");
    const ledger = readFileSync(join(__dirname, '../fixtures/ledgers', JINZHONG.file));
    const imported = await importLedger(web.server, await as('editor'), committee.id, ledger, JINZHONG.file, 120_000);
    expect(imported.status).toBe('succeeded');
    await drainJobs(web.server, 180_000); // every imported item scored
  }, 300_000);

  it('an analyst opens the 数据看板 of 2024: the figures of the 台账, the charts drawn, the leading informants and units', async () => {
    await page('analyst-dashboard', async (tab) => {
      await logIn(tab, web.accounts.analyst);
      await openMenu(tab, 'scoring-dashboard');
      await pickOption(tab, 'dashboard-year', '2024年');
      await waitForFigure(tab, 'collected', JINZHONG.expected.collected);
      expect(await tab.getByTestId('stat-locallyPublished').getAttribute('data-value')).toBe(String(JINZHONG.expected.locallyPublished));
      expect(await tab.getByTestId('stat-reportedUp').getAttribute('data-value')).toBe(String(JINZHONG.expected.reportedUp));
      await tab.getByTestId('trend-chart').locator('canvas').waitFor();
      await tab.getByTestId('level-kind-chart').locator('canvas').waitFor();
      expect(await tab.getByTestId('top-informants').locator('tbody tr.ant-table-row').count()).toBe(10);
      const units = tab.getByTestId('top-units').locator('tbody tr.ant-table-row');
      expect(await units.count()).toBeGreaterThan(0);
      // the leading unit's score, traced
      const score = await units.first().locator('td').nth(2).innerText();
      await units.first().click();
      await tab.locator(`[data-testid="drilldown"] [data-testid="drilldown-score"]`).filter({ hasText: new RegExp(`^${score}$`) }).waitFor();
      await tab.locator('.ant-drawer-close').click();
      await screenshot(tab, 'scoring-dashboard-2024');
    });
  }, STEP_MS);

  it('an analyst ranks informants of 2024, switches to 第1季度 and to 采用率, opens a drill-down and downloads the ranking', async () => {
    await page('analyst-rankings', async (tab) => {
      await logIn(tab, web.accounts.analyst);
      await openMenu(tab, 'rankings');
      await pickOption(tab, 'period-year', '2024年');
      const year = await rankingRows(tab, '2024年');
      expect(await year.count()).toBeGreaterThan(10);
      expect(await year.first().locator('td').first().innerText()).toBe('1');

      await pickSegment(tab, 'period-grain', '季');
      await pickOption(tab, 'period-quarter', '第1季度');
      await pickSegment(tab, 'rankings-by', '采用率');
      await tab.getByText('信息员采用率排名 · 2024年第1季度').waitFor();
      const quarter = await rankingRows(tab, '2024年第1季度');
      expect(await quarter.count()).toBeGreaterThan(0);
      // by rate, the first row has the highest 采用率
      const rates = await quarter.locator('td:last-child').allInnerTexts();
      const numbers = rates.map((rate) => Number.parseFloat(rate));
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

      const name = await quarter.first().locator('td').nth(2).innerText();
      await quarter.first().click();
      const drilldown = tab.getByTestId('drilldown');
      await drilldown.waitFor();
      await tab.locator('.ant-drawer-title').getByText(name).waitFor();
      await drilldown.getByText('报送稿件').click();
      expect(await drilldown.getByTestId('drilldown-items').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
      await screenshot(tab, 'scoring-drilldown');
      await tab.locator('.ant-drawer-close').click();

      const download = await downloadBy(tab, 'rankings-export');
      expect(download.suggestedFilename()).toBe('晋中市政协2024年第1季度信息员排名.xlsx');
      expect(await xlsxHeader(download)).toEqual(expect.arrayContaining(['名次', '名称', '得分', '采用率']));
    });
  }, STEP_MS);

  it('an analyst makes the 2024 统计通报 on demand, follows its progress and downloads the .docx and .xlsx', async () => {
    await page('analyst-stats-report', async (tab) => {
      await logIn(tab, web.accounts.analyst);
      await openMenu(tab, 'stats-reports');
      await tab.getByTestId('report-new').click();
      await waitForDialog(tab);
      await tab.getByTestId('report-grain').getByText('年报').click();
      await pickInDialog(tab, 'report-year', '2024年');
      await tab.getByTestId('report-ok').click();
      const row = tab.getByTestId('reports-table').locator('tbody tr.ant-table-row').filter({ hasText: '2024年统计通报' });
      await row.locator('[data-testid="report-status"][data-status="succeeded"]').waitFor({ timeout: 90_000 });
      const docx = await downloadBy(row, 'report-docx');
      expect(docx.suggestedFilename()).toBe('晋中市政协2024年统计通报.docx');
      const xlsx = await downloadBy(row, 'report-xlsx');
      expect(xlsx.suggestedFilename()).toBe('晋中市政协2024年统计通报.xlsx');
      expect((await xlsxHeader(xlsx)).length).toBeGreaterThan(0);
    });
  }, STEP_MS);

  it('an editor gives 民盟晋中市委会 a yearly 任务数 of 12 items and sees its progress', async () => {
    await page('editor-quota', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'quotas');
      await tab.getByTestId('quota-new').click();
      await waitForDialog(tab);
      await searchInDialog(tab, 'quota-subject', '民盟晋中市委会');
      await inputOf(tab, 'quota-target').fill('12');
      await tab.getByTestId('quota-ok').click();
      await tab.locator('.ant-message').getByText('民盟晋中市委会的任务数已保存').waitFor();
      const row = tab.getByTestId('quotas-table').locator('tbody tr.ant-table-row').filter({ hasText: '民盟晋中市委会' });
      await row.getByText('全年 12 篇').waitFor();
      await row.getByTestId('quota-progress').waitFor();
    });
  }, STEP_MS);

  it('an informant whose item was adopted by the province sees 我的得分 on the workbench', async () => {
    const [informant, editor] = await Promise.all([as('informant'), as('editor')]);
    const outcomes = outcomesClient(web.server);
    const item = await request(web.server.url).post(api('/items')).set(informant).send({ title: '关于加强农村养老服务体系建设的建议', body: ITEM_BODY }).expect(201);
    await request(web.server.url).post(api(`/items/${item.body.id}/submit`)).set(informant).expect(200);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const outletId = await outcomes.outletId(editor, '省政协《社情民意》');
    await outcomes.adopt(editor, item.body.id, { level: 'province', kind: 'single_adoption', outletId, occurredOn: today }).expect(201);
    await drainJobs(web.server, 60_000);

    await page('informant-standing', async (tab) => {
      await logIn(tab, web.accounts.informant);
      const standing = tab.getByTestId('my-standing');
      await standing.waitFor();
      // 单篇采用 at province: 5 points by the default table, the sole author gets them all
      await standing.locator('[data-testid="standing-informant-score"][data-value="5"]').waitFor();
    });
  }, STEP_MS);

  it('an admin reads the default table and writes this year’s 计分办法 with 单篇采用 at province worth 6', async () => {
    await page('admin-rules', async (tab) => {
      await logIn(tab, web.accounts.admin);
      await openMenu(tab, 'scoring-rules');
      await tab.getByTestId('default-rules').getByTestId('points-table').waitFor();
      await tab.getByTestId('rules-new').click();
      await waitForDialog(tab);
      const year = new Date().getFullYear();
      expect(await inputOf(tab, 'rule-name').inputValue()).toBe(`${year}年计分办法`);
      const singleAtProvince = inputOf(tab, 'points-single_adoption-province');
      expect(await singleAtProvince.inputValue()).toBe('5');
      await singleAtProvince.fill('6');
      await tab.getByTestId('rule-ok').click();
      await tab.locator('.ant-message').getByText(`计分办法“${year}年计分办法”已保存`).waitFor();
      await tab.getByTestId('rule-set').filter({ hasText: `${year}年计分办法` }).waitFor();
    });
  }, STEP_MS);
});
