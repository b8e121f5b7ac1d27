import { Workbook } from 'exceljs';
import request from 'supertest';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Auth, deskClient } from '../support/desk';
import { bulletinClient } from '../support/bulletins';
import { seedDemoCommitteeFull } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { outcomesClient } from '../support/outcomes';
import { createTestApp, TestApp } from '../support/test-app';

const PROVINCE = '省政协《社情民意》';
const NATIONAL = '全国政协《政协信息》';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
/** The evidence files in the store (issues' .docx live there too), half-written ones included. */
const evidenceFiles = (dir: string) => filesUnder(dir).filter((path) => path.includes('evidence-'));

const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const png = () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('0000000d49484452000000010000000108000000003a7e9b55', 'hex')]);
/** An old Word .doc (OLE compound file): not an accepted evidence type, whatever its name says. */
const oleDoc = () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);

/**
 * The research center records what came of its items — reports up (报送), adoptions (采用) with their
 * evidence, the 批示 register — on real PostgreSQL, Redis and the worker; the authors see it all on their
 * item and are told; every bad input is refused without a trace.
 */
describe('outcomes: reports, adoptions and the 批示 register', () => {
  let t: TestApp;
  let people: { informant: Auth; informant2: Auth; unitAdmin: Auth; editor: Auth; chief: Auth; analyst: Auth; admin: Auth };
  let client: ReturnType<typeof outcomesClient>;
  let bulletins: ReturnType<typeof bulletinClient>;
  let desk: ReturnType<typeof deskClient>;
  let orgs: Record<string, string>;
  let province: string;
  let national: string;
  /** An item of 榆次区政协, a committee of its own under 晋中: not 晋中's desk's to record. */
  let otherCommitteeItem: string;
  const storage = mkdtempSync(join(tmpdir(), 'sqmy-outcomes-'));
  const count = async (table: string) => (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await createTestApp({ env: { STORAGE_DIR: storage } });
    const demo = await seedDemoCommitteeFull(t.dataSource);
    orgs = demo.organisations;
    const [informant, informant2, unitAdmin, editor, chief, analyst, admin] = await Promise.all(
      ['informant', 'informant2', 'unitadmin', 'editor', 'chief', 'analyst', 'admin'].map((u) => signIn(t, u, 'Demo@2026')),
    );
    people = { informant, informant2, unitAdmin, editor, chief, analyst, admin };
    client = outcomesClient(t);
    bulletins = bulletinClient(t, people);
    desk = deskClient(t);
    province = await client.outletId(editor, PROVINCE);
    national = await client.outletId(editor, NATIONAL);
    await request(t.url)
      .post('/api/v1/users')
      .set(admin)
      .send({ username: 'yuci', name: '榆次信息员', password: 'Yuci2026a', roles: ['informant'], orgId: orgs['榆次区政协'] })
      .expect(201);
    otherCommitteeItem = await desk.submitted(await signIn(t, 'yuci', 'Yuci2026a'), { title: '关于榆次的建议' });
  });
  afterAll(() => t.close());

  describe('outlets', () => {
    it('everyone lists the seeded outlets by level and position', async () => {
      const listed = await client.get(people.informant, '/outlets').expect(200);
      expect(listed.body.map((o: { name: string; level: string; position: number }) => [o.name, o.level, o.position])).toEqual([
        ['市委办公室', 'city', 1],
        [PROVINCE, 'province', 1],
        [NATIONAL, 'national', 1],
        ['全国政协《政协信息专报》', 'national', 2],
      ]);
    });

    it('the admin adds, renames and retires outlets; a name is used once; others may not', async () => {
      const created = await client.post(people.admin, '/outlets', { name: '市政府办公室', level: 'city', position: 2 }).expect(201);
      expect(created.body).toEqual({ id: expect.any(String), name: '市政府办公室', level: 'city', position: 2, active: true });
      expectErrorShape((await client.post(people.admin, '/outlets', { name: '市政府办公室', level: 'city' }).expect(409)).body, 409, 'CONFLICT');
      expectErrorShape((await client.post(people.admin, '/outlets', { name: '某刊物', level: 'county' }).expect(400)).body, 400, 'VALIDATION_FAILED');
      await client.post(people.editor, '/outlets', { name: '某刊物', level: 'city' }).expect(403);
      await client.patch(people.editor, `/outlets/${created.body.id}`, { active: false }).expect(403);
      const renamed = await client.patch(people.admin, `/outlets/${created.body.id}`, { name: '市人民政府办公室', active: false }).expect(200);
      expect(renamed.body).toEqual(expect.objectContaining({ name: '市人民政府办公室', active: false }));
      expectErrorShape((await client.patch(people.admin, `/outlets/${created.body.id}`, { name: PROVINCE }).expect(409)).body, 409, 'CONFLICT');
      const active = (await client.get(people.editor, '/outlets').expect(200)).body.map((o: { name: string }) => o.name);
      const all = (await client.get(people.editor, '/outlets?includeInactive=true').expect(200)).body.map((o: { name: string }) => o.name);
      expect(active).not.toContain('市人民政府办公室');
      expect(all.slice(0, 2)).toEqual(['市委办公室', '市人民政府办公室']);
      // A retired outlet takes no new records.
      const item = await bulletins.approvedItem('关于停用渠道的建议');
      expectErrorShape((await client.report(people.editor, item, { outletId: created.body.id, reportedOn: '2024-03-01' }).expect(422)).body, 422, 'INVALID_REFERENCE');
    });
  });

  describe('reports (报送)', () => {
    let item: string;

    it('an approved item goes straight to the national level, without a local issue (信息联系点)', async () => {
      item = await bulletins.approvedItem('关于完善农村饮水安全保障的建议');
      const created = await client
        .report(people.editor, item, { outletId: national, reportedOn: '2024-03-08', channel: '政协信息直报系统', reference: '晋中政协信〔2024〕3号' })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        item: { id: item, title: '关于完善农村饮水安全保障的建议' },
        outlet: { id: national, name: NATIONAL, level: 'national' },
        level: 'national',
        reportedOn: '2024-03-08',
        channel: '政协信息直报系统',
        reference: '晋中政协信〔2024〕3号',
        issue: null,
        source: 'native',
        createdBy: { id: expect.any(String), name: '李编辑' },
        createdAt: expect.any(String),
      });
    });

    it('refuses the same item, outlet and date twice, an unknown outlet, bad dates, a draft, another committee, non-editors', async () => {
      const before = await count('item_report');
      expectErrorShape((await client.report(people.editor, item, { outletId: national, reportedOn: '2024-03-08' }).expect(409)).body, 409, 'ALREADY_RECORDED');
      const unknown = await client.report(people.editor, item, { outletId: '00000000-0000-4000-8000-000000000000', reportedOn: '2024-03-08' }).expect(422);
      expectErrorShape(unknown.body, 422, 'INVALID_REFERENCE');
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'outletId' })]);
      for (const reportedOn of ['2024-02-30', '2024/03/08', '2024-03-08T10:00:00Z', '', null]) {
        const bad = await client.report(people.editor, item, { outletId: national, reportedOn }).expect(400);
        expectErrorShape(bad.body, 400, 'VALIDATION_FAILED');
        expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('reportedOn');
      }
      const draft = (await request(t.url).post('/api/v1/items').set(people.informant).send({ title: '关于草稿的建议', body: '正文' }).expect(201)).body.id;
      expectErrorShape((await client.report(people.editor, draft, { outletId: national, reportedOn: '2024-03-08' }).expect(409)).body, 409, 'ITEM_NOT_REPORTABLE');
      const rejected = await desk.submitted(people.informant, { title: '关于信访事项的建议' });
      await desk.move(people.editor, rejected, 'reject', { reasonCode: 'petition' }).expect(200);
      expectErrorShape((await client.report(people.editor, rejected, { outletId: national, reportedOn: '2024-03-08' }).expect(409)).body, 409, 'ITEM_NOT_REPORTABLE');
      expectErrorShape((await client.report(people.editor, otherCommitteeItem, { outletId: national, reportedOn: '2024-03-08' }).expect(403)).body, 403, 'OUT_OF_SCOPE');
      await client.report(people.analyst, item, { outletId: province, reportedOn: '2024-03-08' }).expect(403);
      await client.report(people.informant, item, { outletId: province, reportedOn: '2024-03-08' }).expect(403);
      expect(await count('item_report')).toBe(before);
    });

    it('a mistaken report is deleted by the desk, not by analysts', async () => {
      const mistaken = await client.report(people.editor, item, { outletId: province, reportedOn: '2024-03-09' }).expect(201);
      await client.remove(people.analyst, `/reports/${mistaken.body.id}`).expect(403);
      await client.remove(people.editor, `/reports/${mistaken.body.id}`).expect(204);
      await client.remove(people.editor, `/reports/${mistaken.body.id}`).expect(404);
      const reports = (await client.outcomes(people.editor, item).expect(200)).body.reports;
      expect(reports.map((r: { outlet: { name: string } }) => r.outlet.name)).toEqual([NATIONAL]);
    });
  });

  describe('a whole published issue is reported up in one call', () => {
    let items: string[];
    let issueId: string;

    beforeAll(async () => {
      items = [await bulletins.approvedItem('关于发展县域特色产业的建议'), await bulletins.approvedItem('关于保护传统村落的建议'), await bulletins.approvedItem('关于规范物业收费的建议')];
      const series = await bulletins.seriesId();
      issueId = await bulletins.draft(series, items);
      await bulletins.sign(issueId, { date: '2024-04-02' }).expect(200);
    });

    it('a signed issue that is not yet published is refused', async () => {
      expectErrorShape((await client.post(people.editor, '/reports/bulk', { issueId, outletId: province, reportedOn: '2024-04-10' }).expect(409)).body, 409, 'ISSUE_NOT_PUBLISHED');
      await bulletins.publish(issueId).expect(200);
    });

    it('every item is reported with the issue named; those already reported that day are counted, not repeated', async () => {
      await client.report(people.editor, items[1], { outletId: province, reportedOn: '2024-04-10' }).expect(201);
      const bulk = await client.post(people.editor, '/reports/bulk', { issueId, outletId: province, reportedOn: '2024-04-10', channel: '机要交换' }).expect(201);
      expect(bulk.body.existing).toBe(1);
      expect(bulk.body.created.map((r: { item: { id: string } }) => r.item.id)).toEqual([items[0], items[2]]);
      expect(bulk.body.created[0]).toEqual(expect.objectContaining({ level: 'province', channel: '机要交换', issue: { id: issueId, numberLabel: '2024年第1期（总第1期）' } }));
      const again = await client.post(people.editor, '/reports/bulk', { issueId, outletId: province, reportedOn: '2024-04-10' }).expect(201);
      expect(again.body).toEqual({ created: [], existing: 3 });
      const listed = await client.post(people.editor, '/reports/bulk', { itemIds: items, outletId: national, reportedOn: '2024-04-12' }).expect(201);
      expect(listed.body.created.map((r: { item: { id: string }; issue: unknown }) => [r.item.id, r.issue])).toEqual(items.map((id) => [id, null]));
    });

    it('a list with any bad item writes nothing: another committee, a draft, an unknown item; issue and list are one or the other', async () => {
      const before = await count('item_report');
      const body = { outletId: national, reportedOn: '2024-05-01' };
      expectErrorShape((await client.post(people.editor, '/reports/bulk', { ...body, itemIds: [items[0], otherCommitteeItem] }).expect(403)).body, 403, 'OUT_OF_SCOPE');
      const draft = (await request(t.url).post('/api/v1/items').set(people.informant).send({ title: '关于草稿的建议', body: '正文' }).expect(201)).body.id;
      expectErrorShape((await client.post(people.editor, '/reports/bulk', { ...body, itemIds: [items[0], draft] }).expect(409)).body, 409, 'ITEM_NOT_REPORTABLE');
      expectErrorShape((await client.post(people.editor, '/reports/bulk', { ...body, itemIds: [items[0], '00000000-0000-4000-8000-000000000000'] }).expect(404)).body, 404, 'NOT_FOUND');
      expectErrorShape((await client.post(people.editor, '/reports/bulk', { ...body, itemIds: [items[0]], issueId }).expect(400)).body, 400, 'VALIDATION_FAILED');
      expectErrorShape((await client.post(people.editor, '/reports/bulk', body).expect(400)).body, 400, 'VALIDATION_FAILED');
      await client.post(people.analyst, '/reports/bulk', { ...body, itemIds: [items[0]] }).expect(403);
      expect(await count('item_report')).toBe(before);
    });

    it('the issue’s 编发 events cannot be recorded or deleted by hand', async () => {
      expectErrorShape(
        (await client.adopt(people.editor, items[0], { level: 'city', kind: 'compiled', outletName: '《晋中社情民意》', occurredOn: '2024-04-02' }).expect(422)).body,
        422,
        'KIND_NOT_RECORDABLE',
      );
      const compiled = (await client.outcomes(people.editor, items[0]).expect(200)).body.adoptions[0];
      expect(compiled).toEqual(expect.objectContaining({ kind: 'compiled', kindLabel: '编发', level: 'city', outletName: '《晋中社情民意》', issue: { id: issueId, numberLabel: '2024年第1期（总第1期）' } }));
      expectErrorShape((await client.remove(people.editor, `/adoptions/${compiled.id}`).expect(409)).body, 409, 'KIND_NOT_RECORDABLE');
    });
  });

  describe('adoptions (采用) and their evidence', () => {
    let item: string;
    let adoption: string;

    it('the editor records a 单篇采用; the authors are told who adopted what', async () => {
      item = await bulletins.approvedItem('关于加快乡村物流体系建设的建议');
      const created = await client
        .adopt(people.editor, item, { level: 'province', kind: 'single_adoption', outletId: province, occurredOn: '2024-05-20', documentRef: '2024年第12期', note: '全文采用' })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^\d+$/),
        item: { id: item, title: '关于加快乡村物流体系建设的建议' },
        level: 'province',
        kind: 'single_adoption',
        kindLabel: '单篇采用',
        outlet: { id: province, name: PROVINCE },
        outletName: PROVINCE,
        occurredOn: '2024-05-20',
        documentRef: '2024年第12期',
        note: '全文采用',
        evidence: null,
        issue: null,
        source: 'native',
        createdBy: { id: expect.any(String), name: '李编辑' },
        createdAt: expect.any(String),
      });
      adoption = created.body.id;
      await drainJobs(t);
      expect(await desk.notices(people.informant)).toContainEqual(
        expect.objectContaining({ body: `《关于加快乡村物流体系建设的建议》被${PROVINCE}单篇采用`, link: `/my-items/${item}` }),
      );
    });

    it('a place that is no outlet is named in words; kinds from elsewhere, drafts, mismatches and other committees are refused', async () => {
      const media = await client.adopt(people.editor, item, { level: 'city', kind: 'media', outletName: '晋中日报', occurredOn: '2024-05-22' }).expect(201);
      expect(media.body).toEqual(expect.objectContaining({ outlet: null, outletName: '晋中日报', kindLabel: '媒体刊发' }));
      const before = await count('adoption_event');
      const body = { level: 'province', kind: 'single_adoption', outletId: province, occurredOn: '2024-05-20' };
      const instruction = await client.adopt(people.editor, item, { ...body, kind: 'leader_instruction' }).expect(422);
      expectErrorShape(instruction.body, 422, 'KIND_NOT_RECORDABLE');
      expect(instruction.body.message).toContain('批示登记');
      expectErrorShape((await client.adopt(people.editor, item, { ...body, kind: 'adopted' }).expect(400)).body, 400, 'VALIDATION_FAILED');
      expectErrorShape((await client.adopt(people.editor, item, { ...body, outletId: undefined }).expect(422)).body, 422, 'VALIDATION_FAILED');
      const mismatch = await client.adopt(people.editor, item, { ...body, level: 'national' }).expect(422);
      expect(mismatch.body.details).toEqual([expect.objectContaining({ field: 'level' })]);
      expectErrorShape((await client.adopt(people.editor, item, { ...body, outletId: '00000000-0000-4000-8000-000000000000' }).expect(422)).body, 422, 'INVALID_REFERENCE');
      expectErrorShape((await client.adopt(people.editor, item, { ...body, occurredOn: '2024-13-01' }).expect(400)).body, 400, 'VALIDATION_FAILED');
      const draft = (await request(t.url).post('/api/v1/items').set(people.informant).send({ title: '关于草稿的建议', body: '正文' }).expect(201)).body.id;
      expectErrorShape((await client.adopt(people.editor, draft, body).expect(409)).body, 409, 'ITEM_NOT_REPORTABLE');
      expectErrorShape((await client.adopt(people.editor, otherCommitteeItem, body).expect(403)).body, 403, 'OUT_OF_SCOPE');
      await client.adopt(people.analyst, item, body).expect(403);
      expectErrorShape((await client.post(people.editor, '/adoptions/bulk', { ...body, itemIds: [item, otherCommitteeItem] }).expect(403)).body, 403, 'OUT_OF_SCOPE');
      expectErrorShape((await client.post(people.editor, '/adoptions/bulk', { ...body, kind: 'compiled', itemIds: [item] }).expect(422)).body, 422, 'KIND_NOT_RECORDABLE');
      expect(await count('adoption_event')).toBe(before);
    });

    it('several items adopted at once (综合采用): one event each, in the order given', async () => {
      const other = await bulletins.approvedItem('关于推进城乡供水一体化的建议');
      const bulk = await client
        .post(people.editor, '/adoptions/bulk', { itemIds: [other, item], level: 'national', kind: 'composite_adoption', outletId: national, occurredOn: '2024-06-01' })
        .expect(201);
      expect(bulk.body.map((a: { item: { id: string }; kindLabel: string }) => [a.item.id, a.kindLabel])).toEqual([
        [other, '综合采用'],
        [item, '综合采用'],
      ]);
      await client.post(people.analyst, '/adoptions/bulk', { itemIds: [item], level: 'national', kind: 'composite_adoption', outletId: national, occurredOn: '2024-06-01' }).expect(403);
    });

    it('evidence is checked by its content, stored, replaced, downloaded by whoever may read the item', async () => {
      const disguised = await client.putEvidence(people.editor, adoption, oleDoc(), '采用通知.pdf').expect(415);
      expectErrorShape(disguised.body, 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
      expect(evidenceFiles(storage)).toEqual([]);
      await client.putEvidence(people.analyst, adoption, pdf(), '采用通知.pdf').expect(403);
      // The file is stored before the row is written: a write that fails leaves no file behind.
      await client.putEvidence(people.editor, '999999999', pdf(), '采用通知.pdf').expect(404);
      await client.putEvidence(people.editor, 'abc', pdf(), '采用通知.pdf').expect(400);
      expect(evidenceFiles(storage)).toEqual([]);

      const stored = await client.putEvidence(people.editor, adoption, pdf(), '采用通知.pdf').expect(200);
      expect(stored.body.evidence).toEqual({ fileName: '采用通知.pdf', size: pdf().length, contentType: 'application/pdf' });
      const replaced = await client.putEvidence(people.editor, adoption, png(), '采用页.png').expect(200);
      expect(replaced.body.evidence).toEqual({ fileName: '采用页.png', size: png().length, contentType: 'image/png' });
      expect(evidenceFiles(storage)).toHaveLength(1);

      for (const reader of [people.informant, people.unitAdmin, people.analyst, people.editor]) {
        const file = await client.download(reader, `/adoptions/${adoption}/evidence`).expect(200);
        expect(file.headers['content-type']).toBe('image/png');
        expect(file.body as Buffer).toEqual(png());
      }
      await client.download(people.informant2, `/adoptions/${adoption}/evidence`).expect(403);
      await client.download(people.admin, `/adoptions/${adoption}/evidence`).expect(403);
    });

    it('a mistaken adoption is deleted with its evidence file', async () => {
      await client.remove(people.analyst, `/adoptions/${adoption}`).expect(403);
      await client.remove(people.editor, `/adoptions/${adoption}`).expect(204);
      expect(evidenceFiles(storage)).toEqual([]);
      await client.download(people.editor, `/adoptions/${adoption}/evidence`).expect(404);
      const kinds = (await client.outcomes(people.editor, item).expect(200)).body.adoptions.map((a: { kind: string }) => a.kind);
      expect(kinds).toEqual(['media', 'composite_adoption']);
    });
  });

  describe('the 批示 register', () => {
    let item: string;
    let entry: { id: string; version: number };

    it('a leader’s 批示 is registered on an item; the authors are told', async () => {
      item = await bulletins.approvedItem('关于加强汾河流域生态保护的建议');
      const created = await client.instruct(people.editor, item, { leaderName: '王某某', leaderLevel: 'city', instructedOn: '2024-06-10', text: '请市生态环境局研究落实。' }).expect(201);
      expect(created.body).toEqual(
        expect.objectContaining({
          item: { id: item, title: '关于加强汾河流域生态保护的建议', unit: { id: orgs['民盟晋中市委会'], name: '民盟晋中市委会' } },
          leaderName: '王某某',
          leaderLevel: 'city',
          leaderLevelLabel: '市级',
          instructedOn: '2024-06-10',
          text: '请市生态环境局研究落实。',
          referredTo: null,
          referredOn: null,
          reply: null,
          repliedOn: null,
          closedOn: null,
          status: 'registered',
          source: 'native',
          version: 1,
          createdBy: { id: expect.any(String), name: '李编辑' },
        }),
      );
      entry = created.body;
      await drainJobs(t);
      expect(await desk.notices(people.informant)).toContainEqual(expect.objectContaining({ title: '稿件获领导批示', body: '《关于加强汾河流域生态保护的建议》获市级领导王某某批示' }));
    });

    it('referral, reply and closure follow in order, each on the version read', async () => {
      const path = `/instructions/${entry.id}`;
      const replyFirst = await client.patch(people.editor, path, { version: entry.version, reply: '已落实' }).expect(422);
      expectErrorShape(replyFirst.body, 422, 'VALIDATION_FAILED');
      expect(replyFirst.body.details).toEqual([{ field: 'reply', message: '尚未转办，不能登记回函' }]);
      const early = await client.patch(people.editor, path, { version: entry.version, referredTo: '市生态环境局', referredOn: '2024-06-01' }).expect(422);
      expect(early.body.details).toEqual([expect.objectContaining({ field: 'referredOn' })]);
      expectErrorShape((await client.patch(people.editor, path, { version: entry.version, referredOn: '2024-06-31' }).expect(400)).body, 400, 'VALIDATION_FAILED');
      expectErrorShape((await client.patch(people.editor, path, { version: entry.version, leaderName: null }).expect(400)).body, 400, 'VALIDATION_FAILED');

      const referred = await client.patch(people.editor, path, { version: entry.version, referredTo: '市生态环境局', referredOn: '2024-06-12' }).expect(200);
      expect(referred.body).toEqual(expect.objectContaining({ status: 'referred', referredTo: '市生态环境局', referredOn: '2024-06-12', version: entry.version + 1 }));
      expectErrorShape((await client.patch(people.editor, path, { version: entry.version, reply: '已落实' }).expect(409)).body, 409, 'STALE_VERSION');
      const lateReply = await client.patch(people.editor, path, { version: referred.body.version, reply: '已制定方案', repliedOn: '2024-06-11' }).expect(422);
      expect(lateReply.body.details).toEqual([expect.objectContaining({ field: 'repliedOn' })]);
      const replied = await client.patch(people.editor, path, { version: referred.body.version, reply: '已制定方案', repliedOn: '2024-07-01' }).expect(200);
      expect(replied.body.status).toBe('replied');
      const closed = await client.patch(people.editor, path, { version: replied.body.version, closedOn: '2024-07-05' }).expect(200);
      expect(closed.body).toEqual(expect.objectContaining({ status: 'closed', closedOn: '2024-07-05' }));
      await client.patch(people.analyst, path, { version: closed.body.version, closedOn: null }).expect(403);
      const reopened = await client.patch(people.editor, path, { version: closed.body.version, closedOn: null }).expect(200);
      expect(reopened.body.status).toBe('replied');
      entry = reopened.body;
    });

    it('refuses a draft, another committee, non-editors', async () => {
      const body = { leaderName: '李某某', leaderLevel: 'province', instructedOn: '2024-06-10' };
      const draft = (await request(t.url).post('/api/v1/items').set(people.informant).send({ title: '关于草稿的建议', body: '正文' }).expect(201)).body.id;
      expectErrorShape((await client.instruct(people.editor, draft, body).expect(409)).body, 409, 'ITEM_NOT_REPORTABLE');
      expectErrorShape((await client.instruct(people.editor, otherCommitteeItem, body).expect(403)).body, 403, 'OUT_OF_SCOPE');
      expectErrorShape((await client.instruct(people.editor, item, { ...body, leaderLevel: 'county' }).expect(400)).body, 400, 'VALIDATION_FAILED');
      await client.instruct(people.analyst, item, body).expect(403);
      await client.instruct(people.informant, item, body).expect(403);
    });

    it('is listed newest first, filtered and paged; exported to 批示登记表.xlsx', async () => {
      const other = await bulletins.approvedItem('关于支持中小企业数字化转型的建议');
      await client.instruct(people.editor, other, { leaderName: '赵某某', leaderLevel: 'province', instructedOn: '2024-08-03', text: '转省工信厅' }).expect(201);
      await client.instruct(people.editor, other, { leaderName: '钱某某', leaderLevel: 'department', instructedOn: '2023-12-01' }).expect(201);
      const names = async (query: string) =>
        (await client.get(people.analyst, `/instructions${query}`).expect(200)).body.items.map((i: { leaderName: string }) => i.leaderName);
      expect(await names('')).toEqual(['赵某某', '王某某', '钱某某']);
      expect(await names('?year=2024')).toEqual(['赵某某', '王某某']);
      expect(await names('?leaderLevel=department')).toEqual(['钱某某']);
      expect(await names('?status=replied')).toEqual(['王某某']);
      expect(await names('?status=registered&year=2024')).toEqual(['赵某某']);
      expect(await names('?q=生态环境')).toEqual(['王某某']);
      expect(await names('?q=数字化')).toEqual(['赵某某', '钱某某']);
      expect(await names('?q=100%25')).toEqual([]);
      expect(await names(`?orgId=${orgs['民盟晋中市委会']}`)).toEqual(['赵某某', '王某某', '钱某某']);
      expect(await names(`?orgId=${orgs['晋中市工商联']}`)).toEqual([]);
      const page = await client.get(people.editor, '/instructions?page=2&pageSize=1').expect(200);
      expect(page.body).toEqual(expect.objectContaining({ total: 3, page: 2, pageSize: 1 }));
      expect(page.body.items.map((i: { leaderName: string }) => i.leaderName)).toEqual(['王某某']);
      for (const bad of ['status=done', 'pageSize=101', 'page=0', 'year=24', 'leaderLevel=county']) {
        expectErrorShape((await client.get(people.editor, `/instructions?${bad}`).expect(400)).body, 400, 'VALIDATION_FAILED');
      }
      expectErrorShape((await client.get(people.editor, `/instructions?orgId=${orgs['山西省政协']}`).expect(403)).body, 403, 'OUT_OF_SCOPE');
      await client.get(people.informant, '/instructions').expect(403);

      const exported = await client.download(people.analyst, '/instructions/export?year=2024').expect(200);
      expect(exported.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(exported.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('批示登记表2024.xlsx')}`);
      const workbook = new Workbook();
      await workbook.xlsx.load(exported.body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('批示登记表')!;
      const rows = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
      expect(rows).toEqual([
        ['批示日期', '领导', '级别', '稿件标题', '报送单位', '批示内容', '转办部门', '转办日期', '回函', '回函日期', '办结日期', '状态'],
        ['2024-08-03', '赵某某', '省级', '关于支持中小企业数字化转型的建议', '民盟晋中市委会', '转省工信厅', '', '', '', '', '', '已登记'],
        ['2024-06-10', '王某某', '市级', '关于加强汾河流域生态保护的建议', '民盟晋中市委会', '请市生态环境局研究落实。', '市生态环境局', '2024-06-12', '已制定方案', '2024-07-01', '', '已回函'],
      ]);
    });

    it('a mistaken entry is deleted by the desk', async () => {
      await client.remove(people.analyst, `/instructions/${entry.id}`).expect(403);
      await client.remove(people.editor, `/instructions/${entry.id}`).expect(204);
      await client.remove(people.editor, `/instructions/${entry.id}`).expect(404);
      expect((await client.outcomes(people.editor, item).expect(200)).body.instructions).toEqual([]);
    });
  });

  describe('what the authors see', () => {
    it('an item’s reports, adoptions and 批示, oldest first, for its authors, their liaison and the desk only', async () => {
      const item = await bulletins.approvedItem('关于优化营商环境的建议');
      await client.report(people.editor, item, { outletId: national, reportedOn: '2024-09-02' }).expect(201);
      await client.report(people.editor, item, { outletId: province, reportedOn: '2024-09-01' }).expect(201);
      await client.adopt(people.editor, item, { level: 'national', kind: 'special_report', outletId: '00000000-0000-4000-8000-000000000000', occurredOn: '2024-09-20' }).expect(422);
      await client.adopt(people.editor, item, { level: 'national', kind: 'special_report', outletId: await client.outletId(people.editor, '全国政协《政协信息专报》'), occurredOn: '2024-09-20' }).expect(201);
      await client.instruct(people.editor, item, { leaderName: '孙某某', leaderLevel: 'national', instructedOn: '2024-10-01' }).expect(201);
      for (const reader of [people.informant, people.unitAdmin, people.editor, people.chief, people.analyst]) {
        const outcomes = (await client.outcomes(reader, item).expect(200)).body;
        expect(outcomes.reports.map((r: { reportedOn: string; level: string }) => [r.reportedOn, r.level])).toEqual([
          ['2024-09-01', 'province'],
          ['2024-09-02', 'national'],
        ]);
        expect(outcomes.adoptions.map((a: { kindLabel: string; outletName: string }) => [a.kindLabel, a.outletName])).toEqual([['专报', '全国政协《政协信息专报》']]);
        expect(outcomes.instructions.map((i: { leaderLevelLabel: string; status: string }) => [i.leaderLevelLabel, i.status])).toEqual([['国家级', 'registered']]);
      }
      await client.outcomes(people.informant2, item).expect(403);
      await client.outcomes(people.admin, item).expect(403);
      await client.outcomes(people.editor, '00000000-0000-4000-8000-000000000000').expect(404);
    });
  });
});
