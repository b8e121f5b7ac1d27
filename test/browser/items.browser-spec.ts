import request from 'supertest';
import { signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { screenshot, useWebApp } from './browser';
import {
  attachFile,
  expectStatus,
  itemIdOf,
  minimalPdf,
  submitItem,
  timeline,
  waitSaved,
  withdrawItem,
  writeText,
} from './item-actions';
import { isSafeSnippet } from '../../apps/web/src/desk/snippet-html';
import { GRAIN_BODY, GRAIN_NEAR_COPY_BODY, GRAIN_TITLE, LIBRARY_BODY, LIBRARY_TITLE } from './item-texts';
import { logIn, openMenu, pickOption } from './shell-actions';

/**
 * Items in a real browser against the real API and worker: the informant's editor with autosave,
 * attachments and the status timeline; topics and commissions; the editors' desk with near-duplicates.
 */
describe('items in the web app', () => {
  const web = useWebApp();
  const page = web.page;

  /** Creates and submits an item through the API, as another informant's browser would. */
  async function submittedByApi(username: string, title: string, body: string): Promise<string> {
    const auth = await signIn(web.server, username, web.accounts.informant.password);
    const created = await request(web.server.url).post('/api/v1/items').set(auth).send({ title, body }).expect(201);
    await request(web.server.url).post(`/api/v1/items/${created.body.id}/submit`).set(auth).expect(200);
    return created.body.id as string;
  }

  it('an informant writes a draft (autosave shows 已保存), reloads and finds the text, attaches a PDF, then two at once, submits, withdraws and submits again', () =>
    page('informant-writes', async (tab) => {
      await logIn(tab, web.accounts.informant);
      await openMenu(tab, 'my-items');
      await tab.getByTestId('create-item').click();
      await tab.waitForURL((url) => url.pathname === '/my-items/new');
      await writeText(tab, LIBRARY_TITLE, LIBRARY_BODY);
      await tab.waitForURL((url) => /^\/my-items\/[\w-]+\/edit$/.test(url.pathname));
      const id = itemIdOf(tab);

      await tab.reload();
      expect(await tab.getByTestId('item-title').inputValue()).toBe(LIBRARY_TITLE);
      expect(await tab.getByTestId('item-body').inputValue()).toBe(LIBRARY_BODY);

      await tab.getByTestId('item-body').press('Control+End');
      await tab.keyboard.type('（完）');
      await waitSaved(tab);
      await attachFile(tab, await minimalPdf('调研报告.pdf'));
      await tab.getByTestId('attachment').filter({ hasText: '调研报告.pdf' }).waitFor();
      // Two chosen together are both listed at once, not one of them until a reload.
      await attachFile(tab, [await minimalPdf('附表一.pdf'), await minimalPdf('附表二.pdf')]);
      await tab.getByTestId('attachment').filter({ hasText: '附表一.pdf' }).waitFor();
      await tab.getByTestId('attachment').filter({ hasText: '附表二.pdf' }).waitFor();
      expect(await tab.getByTestId('attachment').count()).toBe(3);
      await screenshot(tab, 'item-editor');

      await submitItem(tab);
      expect(itemIdOf(tab)).toBe(id);
      expect(await tab.getByTestId('item-body-text').textContent()).toContain('（完）');
      await tab.getByTestId('attachment').filter({ hasText: '调研报告.pdf' }).waitFor();
      expect((await timeline(tab)).join('\n')).toMatch(/报送.*草稿 → 已报送/);
      await screenshot(tab, 'item-page');

      await withdrawItem(tab);
      expect(await timeline(tab)).toEqual([expect.stringContaining('报送'), expect.stringMatching(/撤回.*已报送 → 草稿/)]);
      expect(await tab.getByTestId('delete-item').count()).toBe(0); // submitted once: kept for good

      await submitItem(tab);
      expect(await timeline(tab)).toHaveLength(3);
      await tab.getByTestId('version-2').click();
      await tab.getByTestId('version-modal').getByText(LIBRARY_TITLE).waitFor();
      await tab.keyboard.press('Escape');

      await openMenu(tab, 'my-items');
      const row = tab.locator(`[data-testid="my-items-table"] tr[data-item-id="${id}"]`);
      expect(await row.getByTestId('item-status').textContent()).toBe('已报送');
    }));

  it('an informant answers a commission: the editor commissions an item in the browser, the informant writes the answer, which closes the commission', async () => {
    const commission = '请就社区嵌入式养老服务撰写一篇信息';
    const commissionRow = (status: string) =>
      `[data-testid="commission-table"] tr[data-status="${status}"]:has-text("${commission}")`;

    await page('editor-commissions', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'topics');
      await tab.getByTestId('create-commission').click();
      await tab.getByTestId('commission-title').fill(commission);
      await tab.getByTestId('commission-note').fill('请结合本单位调研情况，重点反映存在问题和对策建议。');
      await pickOption(tab, 'commission-assignee-user', web.accounts.informant.name);
      await tab.getByTestId('commission-ok').click();
      await tab.locator(commissionRow('open')).waitFor();
    });

    await page('informant-answers', async (tab) => {
      await logIn(tab, web.accounts.informant);
      await openMenu(tab, 'topics');
      await tab.locator(commissionRow('open')).getByTestId('answer-commission').click();
      await tab.waitForURL((url) => url.pathname === '/my-items/new' && url.searchParams.has('commissionId'));
      await tab.getByTestId('item-commission').getByText(commission).waitFor();
      await writeText(tab, '关于推进社区嵌入式养老服务的建议', '一、基本情况\n社区养老服务站点覆盖不足。\n二、存在问题\n专业护理人员缺乏。\n三、意见建议\n支持社区嵌入式养老机构建设。');
      await submitItem(tab);
      await tab.getByTestId('item-facts').getByText(commission).waitFor();

      await openMenu(tab, 'topics');
      await tab.getByTestId('commission-table').getByText('暂无向您约稿').waitFor();
    });

    await page('editor-sees-answer', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'topics');
      const answered = tab.locator(commissionRow('answered'));
      await answered.getByText('已应约').waitFor();
      await answered.getByText('查看来稿').click();
      await tab.waitForURL((url) => url.pathname.startsWith('/desk/items/'));
      await expectStatus(tab, 'submitted');
    });
  });

  it('the editor sees the submitted item in 编辑台, and a near-copy submitted by another informant is flagged 疑似重复 with its twin side by side', async () => {
    const originalId = await submittedByApi(web.accounts.member.username, GRAIN_TITLE, GRAIN_BODY);
    const copyId = await submittedByApi(web.accounts.informant2.username, GRAIN_TITLE, GRAIN_NEAR_COPY_BODY);
    await drainJobs(web.server);

    await page('desk-duplicates', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'desk');
      const table = tab.getByTestId('desk-items');
      const original = table.locator(`tr[data-item-id="${originalId}"]`);
      const copy = table.locator(`tr[data-item-id="${copyId}"]`);
      await original.getByText(web.accounts.member.name).waitFor();
      await copy.getByText(web.accounts.informant2.name).waitFor();

      await copy.locator('.ant-table-row-expand-icon').click();
      const twin = table.locator(`[data-testid="twin"][data-twin-id="${originalId}"]`);
      await twin.waitFor();
      await copy.getByTestId('duplicate-tag').waitFor();
      expect(await twin.getByTestId('similarity').textContent()).toMatch(/^\d+%$/);
      const panes = twin.locator('.twin-pane');
      expect(await panes.count()).toBe(2);
      await panes.nth(0).getByText('约385万亩', { exact: false }).waitFor();
      await panes.nth(1).getByText('约380万亩', { exact: false }).waitFor();
      await panes.nth(1).getByText(web.accounts.member.name).waitFor();
      await screenshot(tab, 'desk-duplicates');

      await copy.getByTestId('item-title-link').click();
      await tab.waitForURL((url) => url.pathname === `/desk/items/${copyId}`);
      await tab.getByTestId('similar-items').locator(`[data-twin-id="${originalId}"]`).waitFor();
      expect(await tab.getByTestId('submit-item').count()).toBe(0); // the authors' 报送 is not the desk's
      await screenshot(tab, 'desk-item');

      await openMenu(tab, 'desk');
      await tab.getByTestId('desk-tabs').getByText('稿件检索').click();
      await tab.getByTestId('search-q').fill('烘干设施');
      await tab.getByTestId('search-submit').click();
      const hits = tab.getByTestId('search-hit');
      await hits.locator(`a[href="/desk/items/${copyId}"]`).waitFor();
      expect(await hits.count()).toBe(2);
      expect(await hits.first().getByTestId('snippet').locator('mark').count()).toBeGreaterThan(0);
    });
  });

  it('a search snippet is taken as HTML only when its only markup is <mark>', () => {
    expect(isSafeSnippet('农村<mark>养老</mark>服务')).toBe(true);
    expect(isSafeSnippet('a &lt; b，<mark>c</mark>')).toBe(true);
    expect(isSafeSnippet('<img src=x onerror=alert(1)>')).toBe(false);
    expect(isSafeSnippet('<mark><b>x</b></mark>')).toBe(false);
    expect(isSafeSnippet('<mark onclick="x">y</mark>')).toBe(false);
  });

  it('a draft changed in another window is not overwritten: the save is refused, the page says so and reloads the latest text', () =>
    page('stale-version', async (tab) => {
      await logIn(tab, web.accounts.informant);
      await tab.goto('/my-items/new');
      await writeText(tab, '关于规范城区停车管理的建议', '初稿。');
      await tab.waitForURL((url) => url.pathname.endsWith('/edit'));

      const other = await tab.context().newPage();
      await other.goto(tab.url());
      await other.getByTestId('item-body').fill('另一个窗口改过的正文。');
      await other.locator('[data-testid="save-status"][data-state="dirty"]').waitFor();
      await waitSaved(other);

      await tab.getByTestId('item-body').fill('本窗口的修改。');
      await tab.getByTestId('conflict-alert').getByText('稿件已在别处被修改').waitFor();
      await tab.locator('[data-testid="save-status"][data-state="conflict"]').filter({ hasText: '保存失败' }).waitFor();
      await tab.getByTestId('conflict-reload').click();
      await waitSaved(tab);
      expect(await tab.getByTestId('item-body').inputValue()).toBe('另一个窗口改过的正文。');
      expect(await tab.getByTestId('conflict-alert').count()).toBe(0);
    }));

  it('a notification link to an item opens the reader’s own page of it', () =>
    page('notification-link', async (tab) => {
      const id = await submittedByApi(web.accounts.informant2.username, LIBRARY_TITLE, `${LIBRARY_BODY}\n（另稿）`);
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/my-items/${id}`);
      await tab.waitForURL((url) => url.pathname === `/desk/items/${id}`);
      await expectStatus(tab, 'submitted');
    }));
});
