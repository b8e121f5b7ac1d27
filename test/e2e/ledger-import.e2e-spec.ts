import { Workbook } from 'exceljs';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { LEDGER_COLUMNS, toCsv } from '@sqmy/ledger';
import { seedDemoCommitteeFull } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { importLedger, LedgerCommittee, ledgerCommittees, uploadLedger } from '../support/ledger';
import { createTestApp, TestApp } from '../support/test-app';
import { repeatedRows, sheetXlsx } from '../../libs/storage/src/test-files';

type Column = (typeof LEDGER_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** A ledger row: a plain archived item unless the test says otherwise. */
const row = (no: string, cells: Row = {}): Row => ({ 编号: no, 标题: `关于完善社区养老服务的建议${no}`, 作者: '张信息', 报送单位: '民盟晋中市委会', 类别: '民生', 来稿日期: '2024-03-05', ...cells });
const ledger = (rows: Row[], columns: readonly Column[] = LEDGER_COLUMNS) => Buffer.from(toCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c] ?? ''))]));

const TABLES = ['item', 'item_author', 'app_user', 'organisation', 'bulletin_issue', 'bulletin_issue_item', 'item_report', 'adoption_event', 'leader_instruction'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

// Each step imports thousands of rows and waits for their intake and scoring: bounded, but generously, for a busy machine.
jest.setTimeout(300_000);

/**
 * Importing an office's ledger (台账) into 晋中市政协: every bad input refused with every bad row
 * named and nothing written; a good ledger written whole, with its progress visible; access by role and scope.
 */
describe('台账 import: all or nothing, every error listed', () => {
  let t: TestApp;
  let jinzhong: string;
  let editor: { Authorization: string };
  let analyst: { Authorization: string };
  let other: LedgerCommittee;
  const storage = mkdtempSync(join(tmpdir(), 'sqmy-ledger-'));
  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n])));
  const importInto = (content: Buffer, fileName = '台账.csv', auth = editor, orgId = jinzhong) => importLedger(t, auth, orgId, content, fileName);

  beforeAll(async () => {
    t = await createTestApp({ env: { STORAGE_DIR: storage } });
    const demo = await seedDemoCommitteeFull(t.dataSource);
    jinzhong = demo.organisations['晋中市政协'];
    [editor, analyst] = await Promise.all(['editor', 'analyst'].map((u) => signIn(t, u, 'Demo@2026')));
    ({ 阳泉市政协: other } = await ledgerCommittees(t, [{ name: '阳泉市政协', code: 'yq', series: null }], demo.organisations['山西省政协']));
  });
  afterAll(() => t.close());

  it('a ledger with bad rows fails with every bad row listed (row, column, reason) and nothing written', async () => {
    const before = await counts();
    const result = await importInto(
      ledger([
        row('A1'),
        row('A2', { 来稿日期: '2024-02-30' }),
        row('A3', { 领导批示: '区级:王志强:2024-04-01' }),
        row('A1'),
        row('A5', { 类别: '体育' }),
        row('A6', { 省政协采用: '单篇' }),
        row('A7', { 市级编发期号: '2024-3期' }),
        row('A8', { 标题: '关'.repeat(101) }),
        row('A9', { 标题: '', 作者: '' }),
        row('A10', { 报送全国政协日期: '2024-01-02' }),
        row('A11', { 领导批示: '市级:王志强' }),
        row('A12'),
      ]),
    );
    expect(result.status).toBe('failed');
    expect(result.created).toBe(0);
    expect(result.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '来稿日期'],
      [4, '领导批示'],
      [5, '编号'],
      [6, '类别'],
      [7, '省政协采用'],
      [8, '市级编发期号'],
      [9, '标题'],
      [10, '标题'],
      [10, '作者'],
      [11, '报送全国政协日期'],
      [12, '领导批示'],
    ]);
    expect(result.errors.find((e: { row: number }) => e.row === 4).reason).toContain('未知级别“区级”');
    expect(result.errors.find((e: { row: number }) => e.row === 5).reason).toBe('与第2行的编号“A1”重复');
    expect(result.errors.find((e: { row: number }) => e.row === 7).reason).toBe('有采用而没有“报送省政协日期”');
    expect(result.errors.find((e: { row: number }) => e.row === 9).reason).toContain('最多 100 个字');
    expect(await counts()).toEqual(before);
  });

  it('a missing column fails the whole file, naming the column', async () => {
    const result = await importInto(ledger([row('B1')], LEDGER_COLUMNS.filter((c) => c !== '来稿日期')));
    expect(result).toEqual(expect.objectContaining({ status: 'failed', errors: [{ row: 1, column: '来稿日期', reason: expect.stringContaining('缺少“来稿日期”列') }] }));
  });

  it('a 期号 needs a series of the committee: without one every such row is an error', async () => {
    const result = await importLedger(t, other.editor, other.id, ledger([row('C1', { 市级编发期号: '2024年第1期' }), row('C2'), row('C3', { 市级编发期号: '2024年第2期' })]), '阳泉.csv');
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      { row: 2, column: '市级编发期号', reason: expect.stringContaining('还没有刊物') },
      { row: 4, column: '市级编发期号', reason: expect.stringContaining('还没有刊物') },
    ]);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM item WHERE committee_id = $1', [other.id]))[0].n).toBe(0);
  });

  it('an empty file, a binary named .xlsx, a GBK .csv and a 50 MB file are refused at once, nothing stored', async () => {
    const before = { files: filesUnder(storage).length, imports: (await t.dataSource.query('SELECT count(*)::int AS n FROM ledger_import'))[0].n };
    const empty = await uploadLedger(t, editor, jinzhong, Buffer.alloc(0), '台账.csv');
    expectErrorShape(empty.body, 422, 'LEDGER_INVALID');
    expect(empty.body.details).toEqual([{ field: 'file', message: '文件是空的' }]);
    const binary = await uploadLedger(t, editor, jinzhong, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), '台账.xlsx');
    expectErrorShape(binary.body, 422, 'LEDGER_INVALID');
    const gbk = await uploadLedger(t, editor, jinzhong, Buffer.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xb1, 0xea, 0xcc, 0xe2, 0x0d, 0x0a]), '台账.csv');
    expectErrorShape(gbk.body, 422, 'LEDGER_INVALID');
    expect(gbk.body.details[0].message).toContain('UTF-8');
    const huge = await uploadLedger(t, editor, jinzhong, Buffer.concat([ledger([row('D1')]), Buffer.alloc(50 * 1024 * 1024, 0x20)]), '台账.csv');
    expectErrorShape(huge.body, 413, 'PAYLOAD_TOO_LARGE');
    expectErrorShape((await request(t.url).post('/api/v1/imports/ledger').set(editor).field('orgId', jinzhong)).body, 400, 'FILE_REQUIRED');
    expect(filesUnder(storage).filter((f) => !f.endsWith('.tmp'))).toHaveLength(before.files);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM ledger_import'))[0].n).toBe(before.imports);
  });

  it('a ledger of 110,000 rows is refused at upload as .csv and as .xlsx, naming the bound of 20,000; nothing stored', async () => {
    const before = { files: filesUnder(storage).length, imports: (await t.dataSource.query('SELECT count(*)::int AS n FROM ledger_import'))[0].n };
    const rows = Array.from({ length: 110_000 }, (_, i) => row(`L${i}`));
    const csv = await uploadLedger(t, editor, jinzhong, ledger(rows), '台账.csv');
    const filled = Object.keys(row('L1')) as Column[];
    const xlsx = (columns: Column[]) => sheetXlsx(repeatedRows(columns, columns.map((c) => row('L1')[c] ?? ''), 110_000));
    const [narrow, wide] = await Promise.all([uploadLedger(t, editor, jinzhong, xlsx(filled), '台账.xlsx'), uploadLedger(t, editor, jinzhong, xlsx([...LEDGER_COLUMNS]), '台账.xlsx')]);
    for (const refused of [csv, narrow, wide]) expectErrorShape(refused.body, 422, 'LEDGER_INVALID');
    for (const refused of [csv, narrow]) expect(refused.body.details).toEqual([{ field: 'file', message: '表格超过 20,000 行的上限（不含表头），请分成几个文件导入' }]);
    expect(wide.body.details).toEqual([{ field: 'file', message: '文件解压后超过 50 MB 的上限' }]);
    expect(filesUnder(storage).filter((f) => !f.endsWith('.tmp'))).toHaveLength(before.files);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM ledger_import'))[0].n).toBe(before.imports);
  });

  it('a good .xlsx ledger is written whole: items, authors, units, the issue, reports, adoptions and 批示; progress and the list show it', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('台账');
    // Columns in another order, a real Excel date, and 1,200 plain rows to watch the progress of.
    const columns: Column[] = ['标题', '编号', '来稿日期', '作者', '报送单位', '类别', '市级编发期号', '报送省政协日期', '省政协采用', '报送全国政协日期', '全国政协采用', '领导批示', '备注'];
    sheet.addRow(columns);
    sheet.addRow(['关于加快农村互助幸福院建设的建议', 'JZ-1', new Date(Date.UTC(2024, 4, 6)), '张信息、李新人', '民盟晋中市委会', '民生', '2024年第3期', '2024-05-20', '单篇', '2024-05-28', '综合', '市级:王志强:2024-06-01；省级：李国栋：2024-06-15', '约稿']);
    sheet.addRow(['关于规范校外培训的建议', 'JZ-2', '2024-05-09', '赵新', '晋中市新建单位', '', '2024年第3期', '', '', '', '', '', '']);
    for (let i = 3; i <= 1202; i += 1) sheet.addRow([`关于社区治理的建议${i}`, `JZ-${i}`, '2024-07-01', '钱多多', '晋中市工商联', '社会治理', '', '', '', '', '', '', '']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    const upload = await uploadLedger(t, editor, jinzhong, content, '晋中台账.xlsx').expect(202);
    expect(upload.body).toEqual(expect.objectContaining({ status: 'queued', total: 0, processed: 0, fileName: '晋中台账.xlsx', committee: { id: jinzhong, name: '晋中市政协' } }));
    let done = upload.body;
    while (done.status === 'queued' || done.status === 'running') {
      expect(done.processed).toBeLessThanOrEqual(Math.max(done.total, 0) || 1202);
      await new Promise((r) => setTimeout(r, 50));
      done = (await request(t.url).get(`/api/v1/imports/${upload.body.id}`).set(analyst).expect(200)).body;
    }
    expect(done).toEqual(expect.objectContaining({ status: 'succeeded', total: 1202, processed: 1202, created: 1202, unchanged: 0, errors: [], finishedAt: expect.any(String) }));
    expect(done.createdBy.name).toBe('李编辑');
    const list = await request(t.url).get('/api/v1/imports').query({ orgId: jinzhong }).set(analyst).expect(200);
    expect(list.body[0].id).toBe(upload.body.id);

    const [item] = await t.dataSource.query(
      `SELECT i.id, i.status, i.ledger_note, to_char(i.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS submitted, u.name AS unit,
              (SELECT array_agg(p.name || ':' || p.active ORDER BY a.position) FROM item_author a JOIN app_user p ON p.id = a.user_id WHERE a.item_id = i.id) AS authors
         FROM item i JOIN organisation u ON u.id = i.unit_id WHERE i.ledger_no = 'JZ-1'`,
    );
    expect(item).toEqual(expect.objectContaining({ status: 'published', ledger_note: '约稿', submitted: '2024-05-06 00:00', unit: '民盟晋中市委会', authors: ['张信息:true', '李新人:false'] }));
    // The item reads like any other: its timeline shows the import; the informant who wrote it sees it too.
    const view = await request(t.url).get(`/api/v1/items/${item.id}`).set(editor).expect(200);
    expect(view.body).toEqual(expect.objectContaining({ title: '关于加快农村互助幸福院建设的建议', status: 'published' }));
    expect(view.body.events.map((e: { action: string; comment: string }) => [e.action, e.comment])).toEqual([['ledger_import', '从台账导入（编号 JZ-1）']]);
    await request(t.url).get(`/api/v1/items/${item.id}`).set(await signIn(t, 'informant', 'Demo@2026')).expect(200);
    const archived = (await t.dataSource.query(`SELECT id FROM item WHERE ledger_no = 'JZ-3'`))[0].id;
    expect((await request(t.url).get(`/api/v1/items/${archived}`).set(editor).expect(200)).body.status).toBe('archived');
    const [issue] = await t.dataSource.query(`SELECT id, status, imported, year, number, total_number, to_char(date, 'YYYY-MM-DD') AS date FROM bulletin_issue WHERE imported`);
    expect(issue).toEqual(expect.objectContaining({ status: 'published', imported: true, year: 2024, number: 3, total_number: null, date: '2024-05-09' }));
    expect(await t.dataSource.query('SELECT position FROM bulletin_issue_item WHERE issue_id = $1 ORDER BY position', [issue.id])).toEqual([{ position: 1 }, { position: 2 }]);
    const events = await t.dataSource.query(
      `SELECT level, kind, outlet, to_char(occurred_on, 'YYYY-MM-DD') AS on, document_ref, source FROM adoption_event WHERE item_id = $1 ORDER BY level, kind`,
      [item.id],
    );
    expect(events).toEqual([
      { level: 'city', kind: 'compiled', outlet: '《晋中社情民意》', on: '2024-05-09', document_ref: '2024年第3期', source: 'ledger' },
      { level: 'national', kind: 'composite_adoption', outlet: '全国政协《政协信息》', on: '2024-05-28', document_ref: null, source: 'ledger' },
      { level: 'province', kind: 'single_adoption', outlet: '省政协《社情民意》', on: '2024-05-20', document_ref: null, source: 'ledger' },
    ]);
    expect(await t.dataSource.query(`SELECT level, to_char(reported_on, 'YYYY-MM-DD') AS on FROM item_report WHERE item_id = $1 ORDER BY level`, [item.id])).toEqual([
      { level: 'national', on: '2024-05-28' },
      { level: 'province', on: '2024-05-20' },
    ]);
    expect(await t.dataSource.query(`SELECT leader_level, leader_name, to_char(instructed_on, 'YYYY-MM-DD') AS on FROM leader_instruction WHERE item_id = $1 ORDER BY instructed_on`, [item.id])).toEqual([
      { leader_level: 'city', leader_name: '王志强', on: '2024-06-01' },
      { leader_level: 'province', leader_name: '李国栋', on: '2024-06-15' },
    ]);
    const [unit] = await t.dataSource.query(`SELECT kind, parent_id FROM organisation WHERE name = '晋中市新建单位'`);
    expect(unit).toEqual({ kind: 'unit', parent_id: jinzhong });
    // Imported authors cannot sign in until an administrator enables them.
    await request(t.url).post('/api/v1/auth/login').send({ username: '赵新', password: 'anything1' }).expect(401);

    // Intake indexes the imported items: the desk's search finds them.
    const drained = Date.now();
    await drainJobs(t, 180_000);
    console.log(`1202 件台账稿件的入库索引用时 ${(Date.now() - drained) / 1000} 秒`);
    const found = await request(t.url).get('/api/v1/items/search').query({ q: '互助幸福院' }).set(editor).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([item.id]);

    // A re-delivered job of the finished import does nothing.
    const before = await counts();
    await t.dataSource.query(`INSERT INTO outbox_message (queue, job_name, payload) VALUES ('ledger', 'import-ledger', $1)`, [{ importId: upload.body.id }]);
    await drainJobs(t);
    expect(await counts()).toEqual(before);
    expect((await request(t.url).get(`/api/v1/imports/${upload.body.id}`).set(editor).expect(200)).body.created).toBe(1202);
  });

  it('an editor imports only into the own committee; an analyst reads imports and figures but never imports', async () => {
    const outside = await uploadLedger(t, editor, other.id, ledger([row('E1')]), '台账.csv');
    expectErrorShape(outside.body, 403, 'OUT_OF_SCOPE');
    expectErrorShape((await uploadLedger(t, analyst, jinzhong, ledger([row('E1')]), '台账.csv')).body, 403, 'FORBIDDEN');
    const theirs = await importLedger(t, other.editor, other.id, ledger([row('E2', { 报送单位: '阳泉市工商联' })]), '阳泉.csv');
    expect(theirs.status).toBe('succeeded');
    expectErrorShape((await request(t.url).get(`/api/v1/imports/${theirs.id}`).set(analyst)).body, 403, 'OUT_OF_SCOPE');
    expectErrorShape((await request(t.url).get('/api/v1/imports').query({ orgId: other.id }).set(analyst)).body, 403, 'OUT_OF_SCOPE');
    expectErrorShape((await request(t.url).get('/api/v1/stats/summary').query({ orgId: other.id, year: 2024 }).set(analyst)).body, 403, 'OUT_OF_SCOPE');
    expectErrorShape((await request(t.url).get('/api/v1/exports/ledger').query({ orgId: other.id }).set(analyst)).body, 403, 'OUT_OF_SCOPE');
    await request(t.url).get('/api/v1/exports/ledger').query({ orgId: jinzhong, year: 2024 }).set(analyst).expect(200);
    const informant = await signIn(t, 'informant', 'Demo@2026');
    expectErrorShape((await request(t.url).get('/api/v1/stats/summary').query({ orgId: jinzhong, year: 2024 }).set(informant)).body, 403, 'FORBIDDEN');
    expectErrorShape((await request(t.url).get('/api/v1/stats/summary').query({ orgId: jinzhong, year: 'last' }).set(analyst)).body, 400, 'VALIDATION_FAILED');
  });
});
