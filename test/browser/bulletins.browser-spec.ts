import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { signIn } from '../support/http';
import { ITEM_BODY } from '../support/desk';
import { builderOrder, chineseToday, dragItem, sheetTitles, waitForOrder } from './bulletin-actions';
import { screenshot, useWebApp } from './browser';
import { GRAIN_BODY, GRAIN_TITLE, LIBRARY_BODY, LIBRARY_TITLE } from './item-texts';
import { logIn, openMenu } from './shell-actions';

const ELDERLY_TITLE = '关于加强农村养老服务体系建设的建议';
const SERIES = { title: '晋中社情民意', issuingUnit: '政协晋中市委员会研究中心' };
const EDITOR_NOTE = '本期刊发三篇社情民意信息，聚焦乡村文化、粮食安全和农村养老，供领导参阅。';

/**
 * Bulletin issues in a real browser against the real API and worker: the admin sets the demo
 * series' foot, an editor builds an issue from approved items and orders them by dragging, the chief
 * editor signs it, the editor publishes it and downloads the .docx, the print view lays it out.
 */
describe('bulletin issues in the web app', () => {
  const web = useWebApp();
  const page = web.page;
  const api = (path: string) => `/api/v1${path}`;
  const as = (account: 'informant' | 'member' | 'informant2' | 'editor' | 'chiefEditor') =>
    signIn(web.server, web.accounts[account].username, web.accounts[account].password);

  /** An item written by an informant and taken through the desk to 已审核, as the desk's browsers would. */
  async function approvedByApi(account: 'informant' | 'member' | 'informant2', title: string, body: string): Promise<string> {
    const [author, editor, chief] = await Promise.all([as(account), as('editor'), as('chiefEditor')]);
    const http = () => request(web.server.url);
    const { body: item } = await http().post(api('/items')).set(author).send({ title, body }).expect(201);
    await http().post(api(`/items/${item.id}/submit`)).set(author).expect(200);
    for (const move of ['screen', 'accept', 'propose']) await http().post(api(`/items/${item.id}/${move}`)).set(editor).send({}).expect(200);
    await http().post(api(`/items/${item.id}/approve`)).set(chief).send({}).expect(200);
    return item.id as string;
  }

  /** Several people, each in their own browser: chromium on a shared machine is slow. */
  const WORKFLOW_MS = 300_000;
  const STEP_MS = 120_000;

  it('the admin sets the distribution lines and copies of the demo series 《晋中社情民意》; editors read them', async () => {
    await page('admin-sets-up-series', async (tab) => {
      await logIn(tab, web.accounts.admin);
      await openMenu(tab, 'bulletin-series');
      await tab.getByTestId('series-card').filter({ hasText: SERIES.title }).getByTestId('series-edit').click();
      expect(await tab.getByTestId('series-issuing-unit').inputValue()).toBe(SERIES.issuingUnit);
      const lines = tab.getByTestId('distribution-text');
      expect(await lines.count()).toBe(3);
      await lines.nth(0).fill('省政协办公厅，省政协研究室');
      await lines.nth(1).fill('市委、市人大、市政府、市政协领导');
      await lines.nth(2).fill(' ');
      await tab.getByTestId('series-ok').click();
      await tab.getByText('请填写发送对象，或删除这一行').waitFor(); // a blank line is not kept
      await lines.nth(2).fill('各县（区、市）政协，市政协各专委会');
      await tab.getByTestId('series-copies').fill('30');
      await tab.getByTestId('series-ok').click();
      const card = tab.getByTestId('series-card').filter({ hasText: SERIES.title });
      await card.getByText('发：各县（区、市）政协，市政协各专委会').waitFor();
      await card.getByText('30 份').waitFor();
      await card.getByText('内部资料 注意保存').waitFor();
    });
    await page('editor-reads-series', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'bulletin-series');
      await tab.getByTestId('series-card').filter({ hasText: '报：省政协办公厅，省政协研究室' }).waitFor();
      expect(await tab.getByTestId('series-new').count()).toBe(0);
      expect(await tab.getByTestId('series-edit').count()).toBe(0);
    });
  }, STEP_MS);

  it('an editor builds an issue from approved items, drags them into order, writes the 编者按 and previews; the chief editor signs 第1期（总第1期）; the editor publishes, downloads the .docx and starts a correction; the print view lays it out', async () => {
    const library = await approvedByApi('informant', LIBRARY_TITLE, LIBRARY_BODY);
    const grain = await approvedByApi('member', GRAIN_TITLE, GRAIN_BODY);
    const elderly = await approvedByApi('informant2', ELDERLY_TITLE, ITEM_BODY);
    let issueId = '';
    let order: string[] = [];

    await page('editor-builds-issue', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'bulletins');
      await tab.getByTestId('issue-new').click();
      await tab.waitForURL(/\/bulletins\/issues\/[0-9a-f-]{36}$/);
      issueId = new URL(tab.url()).pathname.split('/').pop()!;
      await tab.getByTestId('page-title').filter({ hasText: `《${SERIES.title}》草稿` }).waitFor();

      // The picker lists the committee's approved items; search narrows it, ticking chooses.
      await tab.getByTestId('issue-pick').click();
      const table = tab.getByTestId('candidate-table');
      for (const id of [library, grain, elderly]) await table.locator(`tr[data-item-id="${id}"]`).waitFor();
      await tab.getByTestId('candidate-search').fill('粮食');
      await table.locator(`tr[data-item-id="${library}"]`).waitFor({ state: 'detached' });
      await table.locator(`tr[data-item-id="${grain}"] .ant-checkbox-input`).check();
      await tab.getByTestId('candidate-search').fill('');
      for (const id of [library, elderly]) await table.locator(`tr[data-item-id="${id}"] .ant-checkbox-input`).check();
      await tab.getByTestId('candidate-picker-ok').click();
      await tab.getByTestId('issue-items-card').getByText('本期稿件（3 篇）').waitFor();

      // Drag the last item to the top.
      const before = await builderOrder(tab);
      expect([...before].sort()).toEqual([library, grain, elderly].sort());
      const saved = tab.waitForResponse((response) => response.request().method() === 'PUT' && response.url().endsWith(`/bulletin-issues/${issueId}/items`));
      await dragItem(tab, before[2], before[0]);
      order = [before[2], before[0], before[1]];
      await waitForOrder(tab, order);
      expect((await saved).status()).toBe(200);
      await tab.reload(); // the order is the API's, not only the page's
      await tab.getByTestId('issue-items').waitFor();
      expect(await builderOrder(tab)).toEqual(order);

      await tab.getByTestId('issue-editor-note').fill(EDITOR_NOTE);
      await tab.getByTestId('issue-copies').fill('30');
      await tab.getByTestId('issue-notes-save').click();
      await tab.locator('.ant-message').getByText('编者按和发送范围已保存').waitFor();
      await screenshot(tab, 'bulletin-builder');

      await tab.getByTestId('issue-preview-open').click();
      const preview = tab.locator('.ant-modal').getByTestId('issue-preview');
      await preview.getByTestId('bulletin-editor-note').filter({ hasText: EDITOR_NOTE }).waitFor();
      expect(await preview.getByTestId('bulletin-title').textContent()).toBe(SERIES.title);
      const titles = { [library]: LIBRARY_TITLE, [grain]: GRAIN_TITLE, [elderly]: ELDERLY_TITLE };
      expect(await sheetTitles(tab)).toEqual(order.map((id) => titles[id]));
    });

    await page('chief-signs', async (tab) => {
      await logIn(tab, web.accounts.chiefEditor);
      await openMenu(tab, 'bulletins');
      await tab.locator(`[data-testid="issue-table"] tr[data-issue-id="${issueId}"][data-status="draft"]`).getByTestId('issue-link').click();
      await tab.getByTestId('bulletin-editor-note').filter({ hasText: EDITOR_NOTE }).waitFor(); // what will print, before signing
      await tab.getByTestId('issue-sign').click();
      await tab.getByTestId('issue-sign-ok').click();
      await tab.getByTestId('issue-facts').locator('[data-testid="issue-status"][data-status="signed"]').filter({ hasText: '已签发' }).waitFor();
      expect(await tab.getByTestId('issue-number-label').textContent()).toMatch(/^\d{4}年第1期（总第1期）$/);
      await tab.getByTestId('page-title').filter({ hasText: '第1期（总第1期）' }).waitFor();
      await tab.getByTestId('bulletin-number').filter({ hasText: '第1期（总第1期）' }).waitFor();
      expect(await tab.getByTestId('issue-publish').count()).toBe(0); // publishing is the editor's
    });

    await page('editor-publishes-and-downloads', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/bulletins/issues/${issueId}`);
      await tab.getByTestId('issue-publish').click();
      await tab.getByTestId('issue-publish-ok').click();
      await tab.getByTestId('issue-facts').locator('[data-testid="issue-status"][data-status="published"]').filter({ hasText: '已刊发' }).waitFor();
      await tab.locator('[data-testid="document-status"][data-status="ready"]').waitFor({ timeout: 30_000 });
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByTestId('document-download').click()]);
      expect(download.suggestedFilename()).toMatch(/^晋中社情民意\d{4}年第1期\.docx$/);
      const docx = await readFile((await download.path())!);
      expect(docx.subarray(0, 2).toString()).toBe('PK'); // a zip: the Word document
      await screenshot(tab, 'bulletin-published');

      // A mistake found later goes out as a correction: a new draft that names this issue.
      await tab.getByTestId('issue-correct').click();
      await tab.waitForURL((url) => /^\/bulletins\/issues\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(issueId));
      await tab.getByTestId('issue-facts').getByRole('link', { name: /第1期（总第1期）/ }).waitFor();
      await tab.getByTestId('issue-items-card').waitFor();
    });

    const editor = await as('editor');
    for (const id of [library, grain, elderly]) {
      const { body: item } = await request(web.server.url).get(api(`/items/${id}`)).set(editor).expect(200);
      expect(item.status).toBe('published');
    }

    await page('print-view', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/bulletins/issues/${issueId}`);
      await tab.getByTestId('issue-print-view').click();
      await tab.waitForURL((url) => url.pathname === `/bulletins/issues/${issueId}/print`);
      const sheet = tab.getByTestId('bulletin-sheet');
      await sheet.waitFor();
      expect(await sheet.getByTestId('bulletin-title').textContent()).toBe(SERIES.title);
      expect(await sheet.getByTestId('bulletin-number').textContent()).toBe('第1期（总第1期）');
      expect(await sheet.getByTestId('bulletin-issuing-unit').textContent()).toBe(SERIES.issuingUnit);
      expect(await sheet.getByTestId('bulletin-date').textContent()).toBe(chineseToday());
      expect(await sheet.getByTestId('bulletin-marking').textContent()).toBe('内部资料 注意保存');
      const titles = { [library]: LIBRARY_TITLE, [grain]: GRAIN_TITLE, [elderly]: ELDERLY_TITLE };
      expect(await sheetTitles(tab)).toEqual(order.map((id) => titles[id]));
      expect(await sheet.getByTestId('bulletin-distribution').allTextContents()).toEqual([
        '报：省政协办公厅，省政协研究室',
        '送：市委、市人大、市政府、市政协领导',
        '发：各县（区、市）政协，市政协各专委会',
      ]);
      expect(await sheet.getByTestId('bulletin-copies').textContent()).toBe('共印30份');
      expect(await tab.evaluate('getComputedStyle(document.querySelector(\'[data-testid="bulletin-title"]\')).color')).toBe('rgb(230, 0, 18)');
      await screenshot(tab, 'bulletin-print-view');

      await tab.emulateMedia({ media: 'print' }); // on paper: the sheet alone
      await tab.getByTestId('print-button').waitFor({ state: 'hidden' });
      await sheet.waitFor();
    });
  }, WORKFLOW_MS);
});
