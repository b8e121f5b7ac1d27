import { readFile } from 'node:fs/promises';
import dayjs from 'dayjs';
import { Page } from 'playwright-core';
import request from 'supertest';
import { signIn } from '../support/http';
import { screenshot, useWebApp } from './browser';
import { minimalPdf } from './item-actions';
import { GRAIN_BODY, GRAIN_TITLE, LIBRARY_BODY, LIBRARY_TITLE } from './item-texts';
import { fillDate, importErrorCells, inputOf, ledgerCsv, pickInDialog, unitFigures, uploadLedger, waitForDialog, waitForFigure, waitForImport } from './outcomes-actions';
import { logIn, openMenu, pickOption } from './shell-actions';

const PROVINCE_JOURNAL = '省政协《社情民意》';
const NATIONAL_JOURNAL = '全国政协《政协信息》';

/** A small good 台账 of 2024: one item published locally and adopted by the province with a city 批示, one adopted nationally, one only archived. */
const GOOD_LEDGER = ledgerCsv([
  {
    编号: 'JZ2024-001',
    标题: '关于推进城乡公共文化服务一体化的建议',
    作者: '张信息',
    报送单位: '民盟晋中市委会',
    来稿日期: '2024-03-01',
    市级编发期号: '2024年第3期',
    报送省政协日期: '2024-03-10',
    省政协采用: '单篇',
    领导批示: '市级:王某某:2024-04-01',
  },
  {
    编号: 'JZ2024-002',
    标题: '关于支持民营企业参与乡村振兴的建议',
    作者: '陈委员',
    报送单位: '晋中市工商联',
    来稿日期: '2024-05-06',
    报送省政协日期: '2024-05-20',
    报送全国政协日期: '2024-05-25',
    全国政协采用: '综合',
  },
  { 编号: 'JZ2024-003', 标题: '关于完善农村集体经济收益分配的建议', 作者: '台账作者甲', 报送单位: '市政协农业和农村委员会', 来稿日期: '2024-07-08', 备注: '台账归档' },
]);

/** A bad one: a missing title and an impossible date in row 2, an unknown 批示 level in row 3. */
const BAD_LEDGER = ledgerCsv([
  { 编号: 'JZ2024-101', 标题: '', 作者: '张信息', 报送单位: '民盟晋中市委会', 来稿日期: '2024-13-45' },
  { 编号: 'JZ2024-102', 标题: '关于规范农村宅基地管理的建议', 作者: '张信息', 报送单位: '民盟晋中市委会', 来稿日期: '2024-02-02', 领导批示: '县级:李某:2024-03-01' },
]);

/**
 * 报送与采用 in a real browser against the real API and worker: an editor records a report, an
 * adoption with its evidence and a 批示 with its referral and reply, and the author reads them;
 * a whole published issue is reported and adopted; a 台账 is imported (and a bad one refused row
 * by row) and its figures come out on 年度统计; an analyst reads the register and never writes; the
 * admin keeps the outlets.
 */
describe('报送与采用 in the web app', () => {
  const web = useWebApp();
  /** Each person's browser; steps wait longer than the default, as several chromiums share the machine here. */
  const page = (name: string, work: (tab: Page) => Promise<void>) =>
    web.page(name, async (tab) => {
      tab.setDefaultTimeout(30_000);
      await work(tab);
    });
  const api = (path: string) => `/api/v1${path}`;
  const http = () => request(web.server.url);
  const as = (account: 'informant' | 'member' | 'editor' | 'chiefEditor') => signIn(web.server, web.accounts[account].username, web.accounts[account].password);
  const today = dayjs().format('YYYY-MM-DD');

  /** An item written by an informant and taken through the desk to 已审核, as the desk's browsers would. */
  async function approvedByApi(account: 'informant' | 'member', title: string, body: string): Promise<string> {
    const [author, editor, chief] = await Promise.all([as(account), as('editor'), as('chiefEditor')]);
    const { body: item } = await http().post(api('/items')).set(author).send({ title, body }).expect(201);
    await http().post(api(`/items/${item.id}/submit`)).set(author).expect(200);
    for (const move of ['screen', 'accept', 'propose']) await http().post(api(`/items/${item.id}/${move}`)).set(editor).send({}).expect(200);
    await http().post(api(`/items/${item.id}/approve`)).set(chief).send({}).expect(200);
    return item.id as string;
  }

  const WORKFLOW_MS = 300_000;
  const STEP_MS = 180_000;

  it('an editor records a report, an adoption with its evidence and a 批示, then its referral and reply; the author sees them all on the item page', async () => {
    const author = await as('informant');
    const { body: item } = await http().post(api('/items')).set(author).send({ title: LIBRARY_TITLE, body: LIBRARY_BODY }).expect(201);
    await http().post(api(`/items/${item.id}/submit`)).set(author).expect(200);

    await page('editor-records-outcomes', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/desk/items/${item.id}`);
      const card = tab.getByTestId('outcomes-card');
      await card.getByText('尚未报送').waitFor();

      await tab.getByTestId('record-report').click();
      await pickInDialog(tab, 'report-outlet', PROVINCE_JOURNAL);
      await tab.getByTestId('report-channel').locator('input').fill('信息报送系统');
      await tab.getByTestId('report-reference').fill('晋中政协信〔2026〕12号');
      await tab.getByTestId('report-ok').click();
      await card.getByTestId('report-row').filter({ hasText: PROVINCE_JOURNAL }).filter({ hasText: '晋中政协信〔2026〕12号' }).waitFor();

      await tab.getByTestId('record-adoption').click();
      await pickInDialog(tab, 'adoption-outlet', PROVINCE_JOURNAL);
      await tab.getByTestId('adoption-document-ref').fill('《社情民意》2026年第15期');
      await tab.locator('.ant-modal:visible input[type="file"]').setInputFiles(await minimalPdf('采用通知.pdf'));
      await tab.getByTestId('adoption-ok').click();
      const adoption = card.locator('[data-testid="adoption-row"][data-kind="single_adoption"][data-level="province"]');
      await adoption.filter({ hasText: '省级单篇采用' }).filter({ hasText: '《社情民意》2026年第15期' }).waitFor();
      const [download] = await Promise.all([tab.waitForEvent('download'), adoption.getByTestId('evidence-download').filter({ hasText: '采用通知.pdf' }).click()]);
      expect(download.suggestedFilename()).toBe('采用通知.pdf');
      expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

      await tab.getByTestId('record-instruction').click();
      await tab.getByTestId('instruction-leader').fill('王某某');
      await tab.getByTestId('instruction-text').fill('请市文旅局研究落实。');
      await tab.getByTestId('instruction-ok').click();
      const instruction = card.getByTestId('instruction-row');
      await instruction.filter({ hasText: '市级 · 王某某' }).getByTestId('instruction-status').filter({ hasText: '已登记' }).waitFor();

      await instruction.getByTestId('instruction-edit').click();
      await tab.getByTestId('instruction-referred-to').fill('市文化和旅游局');
      await fillDate(tab, 'instruction-referred-on', today);
      await tab.getByTestId('instruction-edit-ok').click();
      await instruction.getByTestId('instruction-status').filter({ hasText: '已转办' }).waitFor();

      await instruction.getByTestId('instruction-edit').click();
      await tab.getByTestId('instruction-reply').fill('已将农家书屋纳入年度重点工作。');
      await fillDate(tab, 'instruction-replied-on', today);
      await tab.getByTestId('instruction-edit-ok').click();
      await instruction.getByTestId('instruction-status').filter({ hasText: '已回函' }).waitFor();
      await instruction.getByText('转办：市文化和旅游局').waitFor();
      await screenshot(tab, 'outcomes-desk-item');
    });

    await page('author-reads-outcomes', async (tab) => {
      await logIn(tab, web.accounts.informant);
      await tab.goto(`/my-items/${item.id}`);
      const card = tab.getByTestId('outcomes-card');
      await card.getByTestId('report-row').filter({ hasText: PROVINCE_JOURNAL }).waitFor();
      await card.getByTestId('adoption-row').filter({ hasText: '省级单篇采用' }).getByTestId('evidence-download').filter({ hasText: '采用通知.pdf' }).waitFor();
      await card.getByTestId('instruction-row').filter({ hasText: '王某某' }).getByText('回函：已将农家书屋纳入年度重点工作。').waitFor();
      for (const button of ['record-report', 'record-adoption', 'record-instruction', 'instruction-edit', 'report-delete', 'adoption-delete']) {
        expect(await tab.getByTestId(button).count()).toBe(0);
      }
      await screenshot(tab, 'outcomes-author-item');
    });
  }, WORKFLOW_MS);

  it('an editor reports a whole published issue to the national level and records the adoption of one of its items', async () => {
    const library = await approvedByApi('informant', '关于加强农家书屋管理使用的建议', LIBRARY_BODY);
    const grain = await approvedByApi('member', GRAIN_TITLE, GRAIN_BODY);
    const [editor, chief] = await Promise.all([as('editor'), as('chiefEditor')]);
    const { body: series } = await http().get(api('/bulletin-series')).set(editor).expect(200);
    const { body: issue } = await http()
      .post(api(`/bulletin-series/${series[0].id}/issues`))
      .set(editor)
      .send({ items: [{ itemId: library }, { itemId: grain }] })
      .expect(201);
    await http().post(api(`/bulletin-issues/${issue.id}/sign`)).set(chief).send({}).expect(200);
    await http().post(api(`/bulletin-issues/${issue.id}/publish`)).set(editor).send({}).expect(200);

    await page('editor-reports-issue', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/bulletins/issues/${issue.id}`);
      await tab.getByTestId('issue-report').click();
      await pickInDialog(tab, 'report-outlet', NATIONAL_JOURNAL);
      await tab.getByTestId('report-ok').click();
      await tab.locator('.ant-message').getByText('已记录报送 2 篇').waitFor();

      await tab.getByTestId('issue-adoptions').click();
      await waitForDialog(tab);
      await tab.getByTestId('adoption-items').locator('label').filter({ hasText: GRAIN_TITLE }).locator('input').check();
      await tab.getByTestId('adoption-level').getByText('全国').click();
      await pickInDialog(tab, 'adoption-outlet', NATIONAL_JOURNAL);
      await tab.getByTestId('adoption-ok').click();
      await tab.locator('.ant-message').getByText('已记录采用 1 篇').waitFor();
    });

    const outcomes = async (id: string) => (await http().get(api(`/items/${id}/outcomes`)).set(editor).expect(200)).body;
    const [ofLibrary, ofGrain] = await Promise.all([outcomes(library), outcomes(grain)]);
    for (const one of [ofLibrary, ofGrain]) expect(one.reports.map((report: { outlet: { name: string } }) => report.outlet.name)).toEqual([NATIONAL_JOURNAL]);
    expect(ofLibrary.adoptions.filter((adoption: { level: string }) => adoption.level !== 'city')).toEqual([]);
    expect(ofGrain.adoptions).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'national', kind: 'single_adoption', outletName: NATIONAL_JOURNAL })]));
  }, WORKFLOW_MS);

  it('an editor imports a good 台账 and sees it succeed, a bad one and sees every bad row; 年度统计 shows the imported figures', async () => {
    await page('editor-imports-ledger', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'ledger');
      await uploadLedger(tab, '晋中2024台账.csv', GOOD_LEDGER);
      await waitForImport(tab, 'succeeded');
      await tab.getByTestId('import-succeeded').filter({ hasText: '新增 3 条' }).waitFor();
      await tab.locator('[data-testid="import-history"] tr[data-status="succeeded"]').waitFor();
      await screenshot(tab, 'outcomes-ledger-succeeded');

      await uploadLedger(tab, '有误的台账.csv', BAD_LEDGER);
      await waitForImport(tab, 'failed');
      const cells = await importErrorCells(tab);
      expect(cells).toEqual(expect.arrayContaining(['2|标题', '2|来稿日期', '3|领导批示']));
      expect(cells.every((cell) => /^[23]\|/.test(cell))).toBe(true);
      await tab.locator('[data-testid="import-history"] tr[data-status="failed"]').waitFor();
      await screenshot(tab, 'outcomes-ledger-failed');

      await openMenu(tab, 'stats');
      await pickOption(tab, 'stats-year', '2024年');
      const figures = {
        collected: 3,
        locallyPublished: 1,
        issues: 1,
        reportedProvince: 2,
        reportedNational: 1,
        reportedUp: 2,
        adoptedProvince: 1,
        adoptedNational: 1,
        adoptedUp: 2,
        adoptionOccurrences: 2,
        endorsements: 1,
      };
      for (const [key, value] of Object.entries(figures)) await waitForFigure(tab, key, value);
      await tab.locator('[data-testid="stat-endorsements-city"][data-value="1"]').waitFor();
      expect(await unitFigures(tab, '民盟晋中市委会')).toEqual({ submitted: 1, locallyPublished: 1, reportedUp: 1, adoptedUp: 1 });
      expect(await unitFigures(tab, '晋中市工商联')).toEqual({ submitted: 1, locallyPublished: 0, reportedUp: 1, adoptedUp: 1 });
      expect(await unitFigures(tab, '市政协农业和农村委员会')).toEqual({ submitted: 1, locallyPublished: 0, reportedUp: 0, adoptedUp: 0 });
      await screenshot(tab, 'outcomes-stats-2024');
    });
  }, STEP_MS);

  it('an analyst reads the 批示 register and 年度统计 and exports, with no button that writes', async () => {
    await page('analyst-reads-register', async (tab) => {
      await logIn(tab, web.accounts.analyst);
      expect(await tab.getByTestId('menu-ledger').count()).toBe(0);
      expect(await tab.getByTestId('menu-outlets').count()).toBe(0);
      await openMenu(tab, 'instructions');
      const table = tab.getByTestId('instructions-table');
      await table.locator('tr[data-status="replied"]').filter({ hasText: '王某某' }).filter({ hasText: LIBRARY_TITLE }).waitFor();
      expect(await tab.getByTestId('instruction-edit').count()).toBe(0);

      await pickOption(tab, 'instructions-year', '2024年');
      await table.locator('tr[data-status="registered"]').filter({ hasText: '王某某' }).filter({ hasText: '台账导入' }).waitFor();
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByTestId('instructions-export').click()]);
      expect(download.suggestedFilename()).toBe('批示登记表（2024年）.xlsx');
      expect((await readFile((await download.path())!)).subarray(0, 2).toString()).toBe('PK');
      await screenshot(tab, 'outcomes-analyst-register');

      await openMenu(tab, 'stats');
      await pickOption(tab, 'stats-year', '2024年');
      await waitForFigure(tab, 'collected', 3);
      expect(await tab.getByRole('button', { name: /导出台账/ }).count()).toBe(1); // reading and exporting only
    });
  }, STEP_MS);

  it('the admin adds an outlet, renames it and disables it; editors are no longer offered it', async () => {
    await page('admin-manages-outlets', async (tab) => {
      await logIn(tab, web.accounts.admin);
      await openMenu(tab, 'outlets');
      const row = (name: string) => tab.locator(`[data-testid="outlet-table"] tr[data-outlet="${name}"]`);
      for (const name of ['市委办公室', PROVINCE_JOURNAL, NATIONAL_JOURNAL, '全国政协《政协信息专报》']) await row(name).waitFor();

      await tab.getByTestId('outlet-new').click();
      await tab.getByTestId('outlet-name').fill('省委办公厅《每日汇报》');
      await inputOf(tab, 'outlet-position').fill('2');
      await tab.getByTestId('outlet-ok').click();
      await row('省委办公厅《每日汇报》').filter({ hasText: '省级' }).waitFor();

      await row('省委办公厅《每日汇报》').getByTestId('outlet-edit').click();
      await tab.getByTestId('outlet-name').fill('省委办公厅《昨日要情》');
      await tab.getByTestId('outlet-ok').click();
      await row('省委办公厅《昨日要情》').waitFor();
      await row('省委办公厅《昨日要情》').getByTestId('outlet-active').click();
      await tab.locator('[data-testid="outlet-table"] tr[data-outlet="省委办公厅《昨日要情》"][data-active="false"]').waitFor();
    });
    const editor = await as('editor');
    const names = async (query: string) => (await http().get(api(`/outlets${query}`)).set(editor).expect(200)).body.map((outlet: { name: string }) => outlet.name);
    expect(await names('')).not.toContain('省委办公厅《昨日要情》');
    expect(await names('?includeInactive=true')).toContain('省委办公厅《昨日要情》');
  }, STEP_MS);
});
