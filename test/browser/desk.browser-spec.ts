import { Page } from 'playwright-core';
import request from 'supertest';
import { signIn } from '../support/http';
import { screenshot, useWebApp } from './browser';
import { deskRow, diffRuns, moveWithComment, pickReason } from './desk-actions';
import { expectStatus, itemIdOf, submitItem, timeline, waitSaved } from './item-actions';
import { GRAIN_BODY, GRAIN_TITLE, LIBRARY_BODY, LIBRARY_TITLE } from './item-texts';
import { logIn, openMenu } from './shell-actions';
import { mergeDraft } from '../../apps/web/src/desk/merge-draft';
import { defaultPair } from '../../apps/web/src/items/diff/version-pairs';

/**
 * The editorial desk in a real browser against the real API and worker: screening, return and
 * resubmit, editing with the changes visible to the authors, review by the chief editor,
 * reject with a reason, merge, a stale save, the reminder settings.
 */
describe('the desk in the web app', () => {
  const web = useWebApp();
  /** Each person's browser; steps wait longer than the default, as several chromiums share the machine here. */
  const page = (name: string, work: (tab: Page) => Promise<void>) =>
    web.page(name, async (tab) => {
      tab.setDefaultTimeout(30_000);
      await work(tab);
    });
  const api = (path: string) => `/api/v1${path}`;

  async function as(account: 'informant' | 'member' | 'informant2' | 'editor' | 'editor2') {
    return signIn(web.server, web.accounts[account].username, web.accounts[account].password);
  }

  /** Creates and submits an item through the API, as an informant's browser would. */
  async function submittedByApi(account: 'informant' | 'member' | 'informant2', title: string, body: string): Promise<string> {
    const auth = await as(account);
    const created = await request(web.server.url).post(api('/items')).set(auth).send({ title, body }).expect(201);
    await request(web.server.url).post(api(`/items/${created.body.id}/submit`)).set(auth).expect(200);
    return created.body.id as string;
  }

  /** Takes an item to 编辑中 through the API, as the editor's browser would. */
  async function editingByApi(id: string): Promise<void> {
    const auth = await as('editor');
    await request(web.server.url).post(api(`/items/${id}/screen`)).set(auth).send({}).expect(200);
    await request(web.server.url).post(api(`/items/${id}/accept`)).set(auth).send({}).expect(200);
  }

  /** A workflow of several people, each in their own browser: chromium on a shared machine is slow. */
  const WORKFLOW_MS = 300_000;
  const STEP_MS = 120_000;

  const LIBRARY_REVISED = `${LIBRARY_BODY}\n\n四、数据来源\n文中数据来自市文化和旅游局2025年统计。`;
  const LIBRARY_EDITED = LIBRARY_REVISED.replace('，图书更新慢', '').replace('累计配送图书300余万册。', '累计配送图书300余万册，年均借阅50万人次。');

  it('an informant’s item is claimed, returned with a comment, resubmitted, accepted, edited (the authors see the diff), proposed; the chief editor sends it back, then approves', async () => {
    const id = await submittedByApi('informant', LIBRARY_TITLE, LIBRARY_BODY);

    await page('editor-claims-and-returns', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'desk');
      await tab.locator('[data-testid="board-submitted"]:not([data-count=""])').waitFor();
      expect(Number(await tab.getByTestId('board-submitted').getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
      await deskRow(tab, id, 'submitted').getByTestId('claim-item').click();
      await deskRow(tab, id, 'screening').getByText(web.accounts.editor.name).waitFor();
      await tab.locator('[data-testid="editor-load"]').filter({ hasText: `${web.accounts.editor.name} 1 篇` }).waitFor();
      await screenshot(tab, 'desk-board');

      await deskRow(tab, id).getByTestId('item-title-link').click();
      await tab.waitForURL((url) => url.pathname === `/desk/items/${id}`);
      await expectStatus(tab, 'screening');
      await tab.getByTestId('move-return').click();
      await tab.getByTestId('move-return-ok').click();
      await tab.getByText('请填写意见').waitFor(); // a return must say why
      await tab.getByTestId('move-return-comment').fill('请补充数据来源。');
      await tab.getByTestId('move-return-ok').click();
      await expectStatus(tab, 'returned');
      expect((await timeline(tab)).join('\n')).toMatch(/退回修改.*退回意见：请补充数据来源。/);
    });

    await page('informant-resubmits', async (tab) => {
      await logIn(tab, web.accounts.informant);
      await tab.goto(`/my-items/${id}`);
      await tab.getByTestId('return-notice').getByText('请补充数据来源。').waitFor();
      await tab.getByTestId('edit-item').click();
      await tab.getByTestId('item-body').fill(LIBRARY_REVISED);
      await waitSaved(tab);
      await submitItem(tab);
    });

    await page('editor-accepts-edits-proposes', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/desk/items/${id}`);
      await expectStatus(tab, 'submitted');
      await tab.getByTestId('move-screen').click();
      await expectStatus(tab, 'screening');
      await moveWithComment(tab, 'accept', undefined, 'editing');

      await tab.getByTestId('move-edit').click();
      await tab.getByTestId('desk-text-editor').waitFor();
      await tab.getByTestId('item-body').fill(LIBRARY_EDITED);
      await tab.getByTestId('text-comment').fill('补充借阅数据，删去次要问题');
      await tab.getByTestId('text-save').click();
      await tab.getByTestId('item-body-text').getByText('年均借阅50万人次', { exact: false }).waitFor();
      const { inserted, deleted } = await diffRuns(tab, tab.getByTestId('desk-versions'));
      expect(inserted).toContain('年均借阅50万人次');
      expect(deleted).toContain('图书更新慢');
      await screenshot(tab, 'desk-item-diff');

      await moveWithComment(tab, 'propose', '已按规范压缩', 'in_review');
    });

    await page('chief-sends-back', async (tab) => {
      await logIn(tab, web.accounts.chiefEditor);
      await openMenu(tab, 'review');
      const card = tab.locator(`[data-testid="review-card"][data-item-id="${id}"]`);
      await card.getByTestId('review-note').getByText('已按规范压缩').waitFor();
      expect((await diffRuns(tab, card)).inserted).toContain('年均借阅50万人次');
      await screenshot(tab, 'review-queue');
      await card.getByTestId('review-send-back').click();
      await tab.getByTestId('move-sendBack-comment').fill('标题请改为“关于推动农家书屋提质增效的建议”。');
      await tab.getByTestId('move-sendBack-ok').click();
      await card.waitFor({ state: 'detached' });
    });

    await page('editor-proposes-again', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/desk/items/${id}`);
      await expectStatus(tab, 'editing');
      const entries = (await timeline(tab)).join('\n');
      expect(entries).toMatch(/退回编辑.*退回编辑意见：标题请改为.*仅编辑部可见/);
      expect(entries).toMatch(/提交审核.*编辑说明：已按规范压缩.*仅编辑部可见/);
      await moveWithComment(tab, 'propose', undefined, 'in_review');
    });

    await page('chief-approves', async (tab) => {
      await logIn(tab, web.accounts.chiefEditor);
      await openMenu(tab, 'review');
      const card = tab.locator(`[data-testid="review-card"][data-item-id="${id}"]`);
      await card.getByTestId('review-approve').click();
      await tab.getByTestId('move-approve-ok').click();
      await card.waitFor({ state: 'detached' });
      await tab.goto(`/desk/items/${id}`);
      await expectStatus(tab, 'approved');
      expect(await tab.getByTestId('move-approve').count()).toBe(0);
    });

    await page('author-sees-changes', async (tab) => {
      await logIn(tab, web.accounts.informant);
      await tab.goto(`/my-items/${id}`);
      await expectStatus(tab, 'approved');
      const changes = tab.getByTestId('editor-changes');
      const { inserted, deleted } = await diffRuns(tab, changes);
      expect(inserted).toContain('年均借阅50万人次');
      expect(deleted).toContain('图书更新慢');
      const entries = (await timeline(tab)).join('\n');
      expect(entries).toMatch(/退回意见：请补充数据来源。/);
      // The desk's notes to itself and to the chief editor stay at the desk; the moves themselves are shown.
      expect(entries).toMatch(/提交审核.*退回编辑.*审核通过/s);
      for (const internal of ['补充借阅数据', '已按规范压缩', '标题请改为', '仅编辑部可见']) expect(entries).not.toContain(internal);
      await screenshot(tab, 'author-sees-changes');
    });
  }, WORKFLOW_MS);

  it('an editor rejects an item with a reason; 其他 needs the reason written out; the author sees why', async () => {
    const id = await submittedByApi('informant2', '关于我家邻居违规占用楼道的反映', '邻居长期在楼道堆放杂物，多次协调无果，请政协帮助解决。');

    await page('editor-rejects', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/desk/items/${id}`);
      await tab.getByTestId('move-reject').click();
      await pickReason(tab, '其他');
      await tab.getByTestId('reject-ok').click();
      await tab.locator('.ant-form-item-explain-error').filter({ hasText: '请写明不予采用的理由' }).waitFor();
      await pickReason(tab, '信访');
      await tab.getByTestId('reject-comment').fill('属个人诉求，请通过信访渠道反映。');
      await tab.getByTestId('reject-ok').click();
      await expectStatus(tab, 'rejected');
      await tab.getByTestId('item-facts').getByText('信访').waitFor();
      expect((await timeline(tab)).join('\n')).toMatch(/不予采用.*不予采用理由：信访/);
    });

    await page('author-sees-reason', async (tab) => {
      await logIn(tab, web.accounts.informant2);
      await tab.goto(`/my-items/${id}`);
      await tab.getByTestId('reject-notice').getByText('不予采用：信访').waitFor();
      await tab.getByTestId('reject-notice').getByText('请通过信访渠道反映').waitFor();
    });
  }, STEP_MS);

  it('an editor merges two items through the dialog into a combined item credited to both authors', async () => {
    const first = await submittedByApi('member', GRAIN_TITLE, GRAIN_BODY);
    const second = await submittedByApi('informant2', '关于完善山区粮食烘干设施的建议', '山区丘陵县烘干设施少，雨季收获时粮食霉变时有发生，建议统筹项目资金向山区倾斜。');

    await page('editor-merges', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await openMenu(tab, 'desk');
      await tab.getByTestId('desk-tabs').waitFor();
      for (const id of [first, second]) await deskRow(tab, id).locator('input[type="checkbox"]').check();
      await tab.getByTestId('merge-open').filter({ hasText: '已选 2 篇' }).click();
      const title = tab.getByTestId('merge-title');
      await title.waitFor();
      expect(await title.inputValue()).toBe(`${GRAIN_TITLE}；关于完善山区粮食烘干设施的建议`);
      const body = await tab.getByTestId('merge-body').inputValue();
      expect(body).toContain('常年粮食播种面积约380万亩');
      expect(body).toContain('建议统筹项目资金向山区倾斜');
      await title.fill('关于加强粮食产后减损和烘干设施建设的建议');
      await tab.getByTestId('merge-ok').click();

      await tab.waitForURL((url) => url.pathname.startsWith('/desk/items/') && !url.pathname.endsWith(first) && !url.pathname.endsWith(second));
      await expectStatus(tab, 'editing');
      const combined = itemIdOf(tab);
      const facts = tab.getByTestId('item-facts');
      await facts.getByText(web.accounts.member.name).waitFor();
      await facts.getByText(web.accounts.informant2.name).waitFor();
      expect(await facts.getByTestId('item-ref-link').count()).toBe(2);
      await screenshot(tab, 'merged-item');

      await facts.getByTestId('item-ref-link').first().click();
      await tab.waitForURL((url) => url.pathname === `/desk/items/${first}`);
      await expectStatus(tab, 'merged');
      await tab.getByTestId('item-facts').locator(`a[href="/desk/items/${combined}"]`).waitFor();
    });
  }, STEP_MS);

  it('an editor’s save after a colleague’s is refused with who changed it; reloading keeps the typed text and shows their change', async () => {
    const id = await submittedByApi('member', '关于规范城区停车管理的建议', '老城区停车位紧张，占道停车严重。建议挖潜增加停车泊位。');
    await editingByApi(id);

    await page('stale-text', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/desk/items/${id}`);
      await tab.getByTestId('move-edit').click();
      await tab.getByTestId('item-body').fill('老城区停车位紧张。建议挖潜增加停车泊位，推行错时共享停车。');

      const colleague = await as('editor2');
      const current = await request(web.server.url).get(api(`/items/${id}`)).set(colleague).expect(200);
      await request(web.server.url)
        .put(api(`/items/${id}/text`))
        .set(colleague)
        .send({ title: current.body.title, body: '老城区停车位紧张，占道停车严重。建议挖潜增加停车泊位，加强执法。', version: current.body.version })
        .expect(200);

      await tab.getByTestId('text-save').click();
      await tab.getByTestId('stale-alert').getByText(web.accounts.editor2.name, { exact: false }).waitFor();
      await tab.getByTestId('stale-reload').click();
      const theirs = tab.getByTestId('theirs-diff');
      expect((await diffRuns(tab, theirs)).inserted).toContain('加强执法');
      expect(await tab.getByTestId('item-body').inputValue()).toBe('老城区停车位紧张。建议挖潜增加停车泊位，推行错时共享停车。');

      await tab.getByTestId('text-save').click();
      await tab.getByTestId('item-body-text').getByText('推行错时共享停车', { exact: false }).waitFor();
    });
  }, STEP_MS);

  it('when a colleague moved the item first, the editor’s move is refused with the reason and the page shows the item as it now is', async () => {
    const id = await submittedByApi('informant', '关于加强校园周边交通安全管理的建议', '上下学高峰时段校门口车辆拥堵。建议设置临时停车接送区。');
    const auth = await as('editor');
    await request(web.server.url).post(api(`/items/${id}/screen`)).set(auth).send({}).expect(200);

    await page('move-conflict', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.goto(`/desk/items/${id}`);
      await expectStatus(tab, 'screening');
      await request(web.server.url).post(api(`/items/${id}/accept`)).set(await as('editor2')).send({}).expect(200);

      await tab.getByTestId('move-return').click();
      await tab.getByTestId('move-return-comment').fill('请补充数据。');
      await tab.getByTestId('move-return-ok').click();
      await tab.locator('.ant-message-error').waitFor();
      await expectStatus(tab, 'editing');
      await tab.getByTestId('move-propose').waitFor();
    });
  }, STEP_MS);

  it('a merge starts from the originals’ titles joined within the title’s limit, their bodies in order, a shared category', () => {
    const long = '关于'.padEnd(60, '农');
    const draft = mergeDraft([
      { title: long, body: '甲稿正文。', categoryCode: 'agriculture' },
      { title: long, body: '乙稿正文。\n', categoryCode: 'agriculture' },
    ]);
    expect([...draft.title]).toHaveLength(100);
    expect(draft.body).toBe('甲稿正文。\n\n乙稿正文。');
    expect(draft.categoryCode).toBe('agriculture');
    expect(mergeDraft([{ title: 'a', body: '', categoryCode: 'economy' }, { title: 'b', body: '', categoryCode: null }]).categoryCode).toBeUndefined();
  });

  it('versions are compared first as the authors’ last submitted text against the latest', () => {
    const version = (no: number, reason: string) => ({ no, reason, createdAt: '', createdBy: '' });
    expect(defaultPair([version(1, 'submit')])).toBeUndefined();
    expect(defaultPair([version(1, 'submit'), version(2, 'resubmit')])).toEqual({ from: 1, to: 2 });
    expect(defaultPair([version(1, 'submit'), version(2, 'resubmit'), version(3, 'edit'), version(4, 'edit')])).toEqual({ from: 2, to: 4 });
    expect(defaultPair([version(1, 'merge'), version(2, 'edit')])).toEqual({ from: 1, to: 2 });
  });

  it('the chief editor sets the reminder periods', () =>
    page('desk-settings', async (tab) => {
      await logIn(tab, web.accounts.chiefEditor);
      await openMenu(tab, 'desk-settings');
      const days = tab.getByTestId('screening-reminder-days');
      expect(await days.inputValue()).toBe('3');
      await days.fill('5');
      await tab.getByTestId('desk-settings-save').click();
      await tab.getByText('提醒设置已保存').waitFor();
      await tab.reload();
      expect(await tab.getByTestId('screening-reminder-days').inputValue()).toBe('5');
    }));
});
