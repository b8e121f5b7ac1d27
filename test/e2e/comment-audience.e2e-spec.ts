import JSZip from 'jszip';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DemoCommittee } from '@sqmy/accounts';
import { bulletinClient } from '../support/bulletins';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth, deskClient } from '../support/desk';
import { asBytes, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

/** What the desk writes for itself: to the chief editor, back to the editor, on accepting, on approving. */
const INTERNAL = {
  accept: '与刘信息来稿相近，拟综合。',
  propose: '两篇来稿内容相近，已综合为一篇，请审核。',
  sendBack: '数据口径请再核实。',
  approve: '同意编发。',
};
/** What the desk writes to the author. */
const RETURN_COMMENT = '请补充近三年的具体数据。';
const REJECT_COMMENT = '属个人诉求，请通过信访渠道反映。';

const documentXml = async (docx: Buffer) => (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');

/**
 * Every text has an audience (DESIGN.md, "Who may read what"): the desk's notes to itself and to the
 * chief editor never reach an author or a unit by any route, while a 退回修改 comment and a 不予采用
 * explanation do; the 编发 note is said for what it is. Real API, worker, PostgreSQL and Redis.
 */
describe('who reads a move’s comment: the author, or only the desk', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  let desk: ReturnType<typeof deskClient>;
  let informant: Auth;
  let informant2: Auth;
  let liaison: Auth;
  let editor: Auth;
  let chief: Auth;
  const ids: Record<string, string> = {};
  let issueId: string;
  const storage = mkdtempSync(join(tmpdir(), 'sqmy-audience-'));

  beforeAll(async () => {
    t = await createTestApp({ env: { STORAGE_DIR: storage } });
    demo = await seedDemoCommitteeFull(t.dataSource);
    desk = deskClient(t);
    [informant, informant2, liaison, editor, chief] = await Promise.all(['informant', 'informant2', 'unitadmin', 'editor', 'chief'].map((u) => signIn(t, u, 'Demo@2026')));

    // 张信息 (民盟, 周联络's unit) and 刘信息 write on the same matter; the editor merges them.
    ids.a = await desk.submitted(informant, { title: '关于加强农村互助养老的建议' });
    ids.b = await desk.submitted(informant2, { title: '关于发展农村互助幸福院的建议' });
    await desk.move(editor, ids.a, 'screen').expect(200);
    await desk.move(editor, ids.a, 'accept', { comment: INTERNAL.accept }).expect(200);
    const merged = await desk.merge(editor, { itemIds: [ids.a, ids.b], title: '关于推进农村互助养老的综合建议', body: '一、情况。\n二、问题。\n三、建议。' }).expect(201);
    ids.combined = merged.body.id;
    await desk.move(editor, ids.combined, 'propose', { comment: INTERNAL.propose }).expect(200);
    await desk.move(chief, ids.combined, 'send-back', { comment: INTERNAL.sendBack }).expect(200);
    await desk.move(editor, ids.combined, 'propose').expect(200);
    await desk.move(chief, ids.combined, 'approve', { comment: INTERNAL.approve }).expect(200);

    // Another item of 张信息's is returned for revision, a third not used: those words are for him.
    ids.returned = await desk.submitted(informant, { title: '关于改善农村道路的建议' });
    await desk.move(editor, ids.returned, 'screen').expect(200);
    await desk.move(editor, ids.returned, 'return', { comment: RETURN_COMMENT }).expect(200);
    ids.rejected = await desk.submitted(informant, { title: '关于我家邻居占用楼道的反映' });
    await desk.move(editor, ids.rejected, 'reject', { reasonCode: 'petition', comment: REJECT_COMMENT }).expect(200);

    // The combined item goes out in 《晋中社情民意》.
    const bulletins = bulletinClient(t, { informant, editor, chief });
    issueId = await bulletins.draft(await bulletins.seriesId(), [ids.combined]);
    await bulletins.sign(issueId, { date: '2024-03-05' }).expect(200);
    await bulletins.publish(issueId).expect(200);
    await drainJobs(t, 120_000);
  }, 300_000);
  afterAll(() => t.close());

  /** Every route an author or a unit liaison might read, with its raw answer. */
  async function everythingReadBy(auth: Auth): Promise<{ path: string; status: number; text: string }[]> {
    const year = new Date().getFullYear();
    const paths = [
      '/items?pageSize=100',
      '/items?mine=true&pageSize=100',
      ...Object.values(ids).flatMap((id) => [`/items/${id}`, `/items/${id}/versions/1`, `/items/${id}/diff`, `/items/${id}/outcomes`]),
      '/notifications?limit=100',
      `/exports/ledger?orgId=${demo.organisations['晋中市政协']}`,
      `/exports/ledger?orgId=${demo.organisations['民盟晋中市委会']}&year=${year}`,
      `/bulletin-issues/${issueId}`,
      `/bulletin-issues/${issueId}/layout`,
      `/bulletin-issues/${issueId}/document`,
      '/me/standing',
    ];
    const answers = [];
    for (const path of paths) {
      const response = await request(t.url)
        .get(`/api/v1${path}`)
        .set(auth)
        .buffer(true)
        .parse(asBytes);
      const bytes = response.body as Buffer;
      // A .docx or .xlsx is a zip: its text is read from inside.
      const text = bytes.subarray(0, 2).toString() === 'PK' ? await zipText(bytes) : bytes.toString('utf8');
      answers.push({ path, status: response.status, text });
    }
    return answers;
  }

  const zipText = async (bytes: Buffer) => {
    const zip = await JSZip.loadAsync(bytes);
    return (await Promise.all(Object.values(zip.files).map((file) => file.async('string')))).join('\n');
  };

  it.each([
    ['张信息, an author of the combined item and of an original', 'informant'],
    ['刘信息, the other author', 'informant2'],
    ['周联络, the liaison of 张信息’s unit', 'liaison'],
  ])('%s reads no word the desk wrote for itself, by any route', async (_, who) => {
    const auth = { informant, informant2, liaison }[who as 'informant' | 'informant2' | 'liaison']!;
    const answers = await everythingReadBy(auth);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(5);
    for (const text of Object.values(INTERNAL)) {
      expect(answers.filter((a) => a.text.includes(text)).map((a) => a.path)).toEqual([]);
    }
  });

  it('the authors still see every status change of the combined item, without the desk’s words', async () => {
    const view = await desk.item(informant2, ids.combined);
    expect(view.events.map((e: { action: string }) => e.action)).toEqual(['merge', 'propose', 'send_back', 'propose', 'approve', 'publish']);
    for (const event of view.events.filter((e: { action: string }) => ['propose', 'send_back', 'approve'].includes(e.action))) {
      expect(event).toEqual(expect.objectContaining({ comment: null, audience: 'desk' }));
    }
    const notices = await desk.notices(informant2);
    expect(notices.map((n) => n.title)).toEqual(expect.arrayContaining(['稿件已提交审核', '稿件已审核通过', '稿件已编发']));
    expect(notices.find((n) => n.title === '稿件已提交审核')!.body).toBe('《关于推进农村互助养老的综合建议》提交审核。');
  });

  it('the editor and the chief editor read the desk’s notes on the item, marked as the desk’s', async () => {
    for (const auth of [editor, chief]) {
      const view = await desk.item(auth, ids.combined);
      const comments = view.events.map((e: { action: string; comment: string | null; audience: string }) => [e.action, e.comment, e.audience]);
      expect(comments).toEqual(
        expect.arrayContaining([
          ['propose', INTERNAL.propose, 'desk'],
          ['send_back', INTERNAL.sendBack, 'desk'],
          ['approve', INTERNAL.approve, 'desk'],
        ]),
      );
      expect((await desk.item(auth, ids.a)).events).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'accept', comment: INTERNAL.accept })]));
    }
    // The editor in charge hears the chief editor's words.
    expect((await desk.notices(editor)).find((n) => n.title === '稿件被退回编辑')!.body).toContain(INTERNAL.sendBack);
  });

  it('a 退回修改 comment and a 不予采用 explanation reach the author, on the item and in a notification', async () => {
    const returned = await desk.item(informant, ids.returned);
    expect(returned.events.at(-1)).toEqual(expect.objectContaining({ action: 'return', comment: RETURN_COMMENT, audience: 'author' }));
    const rejected = await desk.item(informant, ids.rejected);
    expect(rejected.events.at(-1)).toEqual(expect.objectContaining({ action: 'reject', comment: REJECT_COMMENT, reasonCode: 'petition' }));
    const notices = await desk.notices(informant);
    expect(notices.find((n) => n.link === `/my-items/${ids.returned}`)!.body).toContain(`退回意见：${RETURN_COMMENT}`);
    expect(notices.find((n) => n.link === `/my-items/${ids.rejected}`)!.body).toContain(REJECT_COMMENT);
    // The liaison reads the return comment on the unit's item too.
    expect((await desk.item(liaison, ids.returned)).events.at(-1).comment).toBe(RETURN_COMMENT);
  });

  it('the 编发 note is said for what it is: 刊发说明, not 意见', async () => {
    const published = (await desk.notices(informant)).find((n) => n.title === '稿件已编发')!;
    expect(published.body).toMatch(/刊发说明：编入《晋中社情民意》2024年第1期/);
    expect(published.body).not.toContain('意见');
    const view = await desk.item(informant, ids.combined);
    expect(view.events.at(-1)).toEqual(expect.objectContaining({ action: 'publish', comment: '编入《晋中社情民意》2024年第1期（总第1期）', audience: 'author' }));
    // The desk's own .docx carries no comment either: only the issue's text.
    const docx = await bulletinClient(t, { informant, editor, chief }).document(issueId).expect(200);
    const xml = await documentXml(docx.body as Buffer);
    for (const text of Object.values(INTERNAL)) expect(xml).not.toContain(text);
  });
});
