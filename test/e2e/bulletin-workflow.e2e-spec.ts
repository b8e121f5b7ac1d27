import JSZip from 'jszip';
import request from 'supertest';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderService } from '@sqmy/bulletins';
import { Auth, deskClient } from '../support/desk';
import { bulletinClient } from '../support/bulletins';
import { seedDemoCommitteeFull } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const documentXml = async (docx: Buffer) => (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');

/**
 * An issue of 《晋中社情民意》 from draft to published, on real PostgreSQL and Redis with the worker
 * rendering the .docx: built by the editor, signed by the chief editor, frozen, published; and
 * everything that must be refused, refused without a trace.
 */
describe('bulletin issues: build, sign, render, publish', () => {
  let t: TestApp;
  let people: { informant: Auth; editor: Auth; chief: Auth; analyst: Auth; admin: Auth };
  let client: ReturnType<typeof bulletinClient>;
  let seriesId: string;
  let otherCommitteeItem: string;
  const storage = mkdtempSync(join(tmpdir(), 'sqmy-bulletins-'));
  const itemState = async (id: string) => (await t.dataSource.query<{ status: string }[]>('SELECT status FROM item WHERE id = $1', [id]))[0].status;
  const adoptions = (issueId: string) =>
    t.dataSource.query<{ item_id: string; level: string; kind: string; outlet: string; occurred_on: string; document_ref: string }[]>(
      "SELECT item_id, level, kind, outlet, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, document_ref FROM adoption_event WHERE bulletin_issue_id = $1 ORDER BY id",
      [issueId],
    );

  beforeAll(async () => {
    t = await createTestApp({ env: { STORAGE_DIR: storage } });
    const demo = await seedDemoCommitteeFull(t.dataSource);
    const [informant, editor, chief, analyst, admin] = await Promise.all(['informant', 'editor', 'chief', 'analyst', 'admin'].map((u) => signIn(t, u, 'Demo@2026')));
    people = { informant, editor, chief, analyst, admin };
    client = bulletinClient(t, people);
    seriesId = await client.seriesId();
    // 榆次区政协 is a committee of its own: its items are not 晋中市政协's to publish.
    await request(t.url)
      .post('/api/v1/users')
      .set(admin)
      .send({ username: 'yuci', name: '榆次信息员', password: 'Yuci2026a', roles: ['informant'], orgId: demo.organisations['榆次区政协'] })
      .expect(201);
    await request(t.url)
      .post('/api/v1/users')
      .set(admin)
      .send({ username: 'yuci-editor', name: '榆次编辑', password: 'Yuci2026a', roles: ['editor'], orgId: demo.organisations['榆次区政协'] })
      .expect(201);
    const yuci = await signIn(t, 'yuci', 'Yuci2026a');
    const item = await request(t.url).post('/api/v1/items').set(yuci).send({ title: '关于榆次的建议', body: '正文' }).expect(201);
    otherCommitteeItem = item.body.id;
  });
  afterAll(() => t.close());

  describe('one issue, start to end', () => {
    let items: string[];
    let issueId: string;

    it('the editor gathers approved items in her order, with notes and the foot', async () => {
      items = [
        await client.approvedItem('关于加强农村养老服务的建议', '一、基本情况。\n二、存在问题。\n三、建议。'),
        await client.approvedItem('关于缓解老城区停车难的建议'),
        await client.approvedItem('关于规范校外培训收费的建议'),
      ];
      issueId = await client.draft(seriesId, [items[1], items[0]], { editorNote: '本期编发三篇。' });
      const reordered = await client.setItems(people.editor, issueId, [{ itemId: items[0] }, { itemId: items[2], editorNote: '建议有关部门研究。' }, { itemId: items[1] }]).expect(200);
      expect(reordered.body.items.map((i: { itemId: string; position: number }) => [i.itemId, i.position])).toEqual([
        [items[0], 1],
        [items[2], 2],
        [items[1], 3],
      ]);
      expect(reordered.body.items[1].editorNote).toBe('建议有关部门研究。');
      expect(reordered.body.items[0].byline).toBe('民盟晋中市委会 张信息');
      const foot = [
        { label: '报', text: '省政协办公厅' },
        { label: '发', text: '各县（区、市）政协' },
      ];
      const patched = await client.patch(people.editor, issueId, { distribution: foot, copies: 45 }).expect(200);
      expect(patched.body).toEqual(expect.objectContaining({ status: 'draft', number: null, date: null, numberLabel: null, distribution: foot, copies: 45, editorNote: '本期编发三篇。' }));
      expect(patched.body.document.status).toBe('none');
      const candidates = (await client.get(people.editor, '/bulletin-candidates').expect(200)).body as { id: string; issue: { id: string } | null }[];
      expect(candidates.filter((c) => items.includes(c.id)).map((c) => c.issue?.id)).toEqual([issueId, issueId, issueId]);
    });

    it('a draft shows the items as they are now; the print view previews it with blanks', async () => {
      await t.dataSource.query("UPDATE item SET title = '关于缓解老城区停车难问题的建议' WHERE id = $1", [items[1]]);
      expect((await client.issue(issueId)).items[2].title).toBe('关于缓解老城区停车难问题的建议');
      const preview = (await client.get(people.editor, `/bulletin-issues/${issueId}/layout`).expect(200)).body;
      expect(preview.masthead).toEqual({ title: '晋中社情民意', numberLine: '第\u3000期（总第\u3000期）', issuingUnit: '政协晋中市委员会研究中心', dateText: '', marking: '内部资料 注意保存' });
      const early = await client.document(issueId).expect(409);
      expectErrorShape(early.body ? JSON.parse(early.body.toString()) : {}, 409, 'DOCUMENT_NOT_READY');
    });

    it('the chief editor signs: date, 第1期（总第1期）, frozen text, the .docx rendered in the official layout', async () => {
      const signed = await client.sign(issueId, { date: '2024-03-05' }).expect(200);
      expect(signed.body).toEqual(expect.objectContaining({ status: 'signed', year: 2024, number: 1, totalNumber: 1, date: '2024-03-05', numberLabel: '2024年第1期（总第1期）' }));
      expect(signed.body.signedBy.name).toBe('王主任');
      await drainJobs(t);
      const issue = await client.issue(issueId, people.analyst);
      expect(issue.document).toEqual(expect.objectContaining({ status: 'ready', fileName: '晋中社情民意2024年第1期.docx' }));

      const download = await client.document(issueId, people.analyst).expect(200);
      expect(download.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(download.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('晋中社情民意2024年第1期.docx')}`);
      const xml = await documentXml(download.body as Buffer);
      const inOrder = ['内部资料 注意保存', '晋中社情民意', '第1期（总第1期）', '政协晋中市委员会研究中心', '2024年3月5日', '本期编发三篇。', '关于加强农村养老服务的建议', '关于规范校外培训收费的建议', '建议有关部门研究。', '关于缓解老城区停车难问题的建议', '省政协办公厅', '共印45份'];
      const at = inOrder.map((text) => xml.indexOf(text));
      expect(at.filter((p) => p < 0)).toEqual([]);
      expect([...at].sort((a, b) => a - b)).toEqual(at);

      const layout = (await client.get(people.analyst, `/bulletin-issues/${issueId}/layout`).expect(200)).body;
      expect(layout.masthead).toEqual({ title: '晋中社情民意', numberLine: '第1期（总第1期）', issuingUnit: '政协晋中市委员会研究中心', dateText: '2024年3月5日', marking: '内部资料 注意保存' });
      expect(layout.items.map((i: { title: string }) => i.title)).toEqual(['关于加强农村养老服务的建议', '关于规范校外培训收费的建议', '关于缓解老城区停车难问题的建议']);
      expect(layout.items[0].paragraphs).toEqual(['一、基本情况。', '二、存在问题。', '三、建议。']);
      expect(layout.foot).toEqual({ distribution: issue.distribution, copiesText: '共印45份' });
    });

    it('a later edit of an item never reaches the signed issue, its print view or its .docx', async () => {
      // No API edits an approved item today; the database stands in for whatever will.
      await t.dataSource.query("UPDATE item SET title = '改过的标题', body = '改过的正文' WHERE id = $1", [items[0]]);
      const issue = await client.issue(issueId);
      expect(issue.items[0]).toEqual(expect.objectContaining({ title: '关于加强农村养老服务的建议', body: '一、基本情况。\n二、存在问题。\n三、建议。' }));
      await request(t.url).post(`/api/v1/bulletin-issues/${issueId}/render`).set(people.editor).expect(202);
      await drainJobs(t);
      const xml = await documentXml((await client.document(issueId).expect(200)).body as Buffer);
      expect(xml).toContain('关于加强农村养老服务的建议');
      expect(xml).not.toContain('改过的');
    });

    it('renders idempotently: the job run twice leaves one file and the same document', async () => {
      const files = () => filesUnder(storage).filter((path) => path.endsWith(`bulletin-${issueId}`));
      const before = await t.dataSource.query<{ rendered_at: Date; document_sha256: string }[]>('SELECT rendered_at, document_sha256 FROM bulletin_issue WHERE id = $1', [issueId]);
      const render = t.worker!.get(RenderService);
      await render.render(issueId);
      await render.render(issueId);
      const after = await t.dataSource.query<{ rendered_at: Date; document_sha256: string }[]>('SELECT rendered_at, document_sha256 FROM bulletin_issue WHERE id = $1', [issueId]);
      expect(after).toEqual(before);
      expect(files()).toHaveLength(1);
      const first = await documentXml((await client.document(issueId).expect(200)).body as Buffer);
      await request(t.url).post(`/api/v1/bulletin-issues/${issueId}/render`).set(people.editor).expect(202);
      await drainJobs(t);
      expect(files()).toHaveLength(1);
      expect(await documentXml((await client.document(issueId).expect(200)).body as Buffer)).toBe(first);
    });

    it('a signed issue can no longer be changed, re-listed, re-signed or deleted', async () => {
      const refusals = [
        await client.patch(people.editor, issueId, { copies: 10 }),
        await client.setItems(people.editor, issueId, [{ itemId: items[0] }]),
        await client.sign(issueId),
        await client.remove(people.editor, issueId),
      ];
      for (const refusal of refusals) expectErrorShape(refusal.body, 409, 'ISSUE_NOT_DRAFT');
      expect((await client.issue(issueId)).items).toHaveLength(3);
    });

    it('publishing moves each item to published through the state table and records a city-level 编发', async () => {
      await client.publish(issueId, people.chief).expect(403);
      const published = await client.publish(issueId).expect(200);
      expect(published.body).toEqual(expect.objectContaining({ status: 'published', publishedBy: expect.objectContaining({ name: '李编辑' }) }));
      for (const id of items) expect(await itemState(id)).toBe('published');
      const events = (await client.get(people.editor, `/items/${items[2]}`).expect(200)).body.events as { action: string; from: string; to: string; comment: string }[];
      expect(events.at(-1)).toEqual(expect.objectContaining({ action: 'publish', from: 'approved', to: 'published', comment: '编入《晋中社情民意》2024年第1期（总第1期）' }));
      expect(await adoptions(issueId)).toEqual(
        [items[0], items[2], items[1]].map((itemId) => ({ item_id: itemId, level: 'city', kind: 'compiled', outlet: '《晋中社情民意》', occurred_on: '2024-03-05', document_ref: '2024年第1期（总第1期）' })),
      );
      await drainJobs(t);
      const notices = (await request(t.url).get('/api/v1/notifications?limit=100').set(people.informant).expect(200)).body.items as { title: string }[];
      expect(notices.filter((n) => n.title === '稿件已编发')).toHaveLength(3);

      expectErrorShape((await client.publish(issueId)).body, 409, 'ISSUE_NOT_SIGNED');
      expectErrorShape((await client.patch(people.editor, issueId, { copies: 10 })).body, 409, 'ISSUE_NOT_DRAFT');
      expectErrorShape((await client.remove(people.editor, issueId)).body, 409, 'ISSUE_NOT_DRAFT');
      expect(await adoptions(issueId)).toHaveLength(3);
    });

    it('a correction is a new issue naming the published one; its items already published stay so', async () => {
      const fresh = await client.approvedItem('关于更正后补充的建议');
      const notPublished = await client.createIssue(people.editor, seriesId, { correctsIssueId: (await client.draft(seriesId, [])) });
      expectErrorShape(notPublished.body, 422, 'INVALID_REFERENCE');
      const correction = await client.createIssue(people.editor, seriesId, { correctsIssueId: issueId, editorNote: '第1期第一篇数据有误，更正如下。', items: [{ itemId: items[0] }, { itemId: fresh }] }).expect(201);
      const signed = await client.sign(correction.body.id, { date: '2024-03-20' }).expect(200);
      expect(signed.body).toEqual(expect.objectContaining({ number: 2, totalNumber: 2, corrects: { id: issueId, numberLabel: '2024年第1期（总第1期）' } }));
      await client.publish(correction.body.id).expect(200);
      expect(await itemState(fresh)).toBe('published');
      expect((await adoptions(correction.body.id)).map((a) => a.item_id)).toEqual([fresh]);
      const layout = (await client.get(people.editor, `/bulletin-issues/${correction.body.id}/layout`).expect(200)).body;
      expect(layout.correctionNotice).toBe('本期系对2024年第1期的更正。');
      expect((await client.issue(issueId)).correctedBy).toEqual([{ id: correction.body.id, numberLabel: '2024年第2期（总第2期）' }]);
    });
  });

  describe('refusals leave nothing half-applied', () => {
    let approved: string;
    let draftId: string;
    const listed = async (id: string) => (await client.issue(id)).items.map((i: { itemId: string }) => i.itemId);

    beforeAll(async () => {
      approved = await client.approvedItem('关于一篇已审核稿件的建议');
      draftId = await client.draft(seriesId, [approved]);
    });

    it('an item not approved, of another committee or unknown is refused, and the list stays as it was', async () => {
      const submitted = await deskClient(t).submitted(people.informant);
      const notApproved = await client.setItems(people.editor, draftId, [{ itemId: approved }, { itemId: submitted }]);
      expectErrorShape(notApproved.body, 409, 'ITEM_NOT_APPROVED');
      expect(notApproved.body.details).toEqual([expect.objectContaining({ field: 'items.1.itemId' })]);
      const foreign = await client.setItems(people.editor, draftId, [{ itemId: otherCommitteeItem }]);
      expectErrorShape(foreign.body, 422, 'INVALID_REFERENCE');
      const unknown = await client.setItems(people.editor, draftId, [{ itemId: '00000000-0000-4000-8000-000000000000' }]);
      expectErrorShape(unknown.body, 422, 'INVALID_REFERENCE');
      const created = await client.createIssue(people.editor, seriesId, { items: [{ itemId: submitted }] });
      expectErrorShape(created.body, 409, 'ITEM_NOT_APPROVED');
      expect(await listed(draftId)).toEqual([approved]);
    });

    it('an item already in another issue is refused there', async () => {
      const other = await client.draft(seriesId, []);
      const refusal = await client.setItems(people.editor, other, [{ itemId: approved }]);
      expectErrorShape(refusal.body, 409, 'ITEM_IN_OTHER_ISSUE');
      expect(await listed(other)).toEqual([]);
    });

    it('signing an empty issue is refused; so is signing by an editor', async () => {
      const empty = await client.draft(seriesId, []);
      expectErrorShape((await client.sign(empty)).body, 422, 'ISSUE_EMPTY');
      await client.sign(draftId, {}, people.editor).expect(403);
      expect((await client.issue(empty)).status).toBe('draft');
    });

    it('a distribution list with a blank line or the same item twice is refused', async () => {
      const blank = await client.patch(people.editor, draftId, { distribution: [{ label: '报', text: '省政协办公厅' }, { label: '发', text: '   ' }] });
      expectErrorShape(blank.body, 400, 'VALIDATION_FAILED');
      expect(blank.body.details).toEqual([expect.objectContaining({ field: 'distribution.1.text' })]);
      const twice = await client.setItems(people.editor, draftId, [{ itemId: approved }, { itemId: approved }]);
      expectErrorShape(twice.body, 400, 'VALIDATION_FAILED');
      expect((await client.issue(draftId)).distribution).toHaveLength(3); // the series' default foot
    });

    it('publishing a draft is refused; an item rejected after signing stops the whole publication', async () => {
      expectErrorShape((await client.publish(draftId)).body, 409, 'ISSUE_NOT_SIGNED');
      const second = await client.approvedItem('关于签发后被撤下的建议');
      await client.setItems(people.editor, draftId, [{ itemId: approved }, { itemId: second }]).expect(200);
      await client.sign(draftId).expect(200);
      await request(t.url).post(`/api/v1/items/${second}/reject`).set(people.editor).send({ reasonCode: 'copied' }).expect(200);
      expectErrorShape((await client.publish(draftId)).body, 409, 'TRANSITION_NOT_ALLOWED');
      expect(await itemState(approved)).toBe('approved');
      expect((await client.issue(draftId)).status).toBe('signed');
      expect(await adoptions(draftId)).toEqual([]);
    });

    it("another committee's editor can neither read nor change the issue", async () => {
      await client.get(people.analyst, `/bulletin-issues/${draftId}`).expect(200);
      const yuci = await signIn(t, 'yuci-editor', 'Yuci2026a');
      await client.get(yuci, `/bulletin-issues/${draftId}`).expect(403);
      await client.patch(yuci, draftId, { copies: 1 }).expect(403);
      expect((await client.get(yuci, '/bulletin-series').expect(200)).body).toEqual([]);
    });
  });

  describe('a 编者按 the editor headed herself', () => {
    it('is stored without her heading and printed with one, in the print view and the .docx; a note stored with it earlier too', async () => {
      const item = await client.approvedItem('关于农村互助养老的建议');
      const draft = await client.createIssue(people.editor, seriesId, { editorNote: '编者按：本期关注农村养老。', items: [{ itemId: item, editorNote: '【编者按】 请有关部门研究。' }] }).expect(201);
      expect(draft.body.editorNote).toBe('本期关注农村养老。');
      expect(draft.body.items[0].editorNote).toBe('请有关部门研究。');
      // A note saved before notes were cleaned on saving is printed with one heading as well.
      await t.dataSource.query("UPDATE bulletin_issue SET editor_note = '编者按： 本期关注农村养老。' WHERE id = $1", [draft.body.id]);
      const layout = (await client.get(people.editor, `/bulletin-issues/${draft.body.id}/layout`).expect(200)).body;
      expect([layout.editorNote, layout.items[0].editorNote]).toEqual(['本期关注农村养老。', '请有关部门研究。']);
      await client.sign(draft.body.id).expect(200);
      await drainJobs(t, 120_000);
      const text = (await documentXml((await client.document(draft.body.id).expect(200)).body as Buffer)).replace(/<[^>]+>/g, '');
      expect(text.match(/编者按/g)).toEqual(['编者按', '编者按']);
      expect(text).toContain('编者按：本期关注农村养老。');
      expect(text).toContain('编者按：请有关部门研究。');
    });
  });
});
