import request from 'supertest';
import { commentAudienceOf } from '@sqmy/contract';
import { LEDGER_COLUMNS, toCsv } from '@sqmy/ledger';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth, deskClient, ITEM_BODY } from '../support/desk';
import { signIn } from '../support/http';
import { importLedger } from '../support/ledger';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const TITLE = '关于加强农村互助养老的建议';

/**
 * One writer writes every new item: the informant's create, the desk's merge and the ledger import
 * write the same rows (item, item_author, item_version, item_event) for the same item, except what
 * tells the paths apart — who wrote it, in which status, with which move.
 */
describe('one item writer for create, merge and ledger import', () => {
  let t: TestApp;
  let desk: ReturnType<typeof deskClient>;
  let jinzhong: string;
  let unit: string;
  let informant: Auth;
  let unitAdmin: Auth;
  let editor: Auth;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const demo = await seedDemoCommitteeFull(t.dataSource);
    desk = deskClient(t);
    jinzhong = demo.organisations['晋中市政协'];
    unit = demo.organisations['民盟晋中市委会'];
    [informant, unitAdmin, editor] = await Promise.all(['informant', 'unitadmin', 'editor'].map((u) => signIn(t, u, 'Demo@2026')));
    for (const [key, auth] of Object.entries({ informant, unitAdmin, editor })) ids[key] = await desk.me(auth);
  });
  afterAll(() => t.close());

  /** The rows an item was written with, without ids and timestamps. */
  const rowsOf = async (itemId: string) => {
    const query = (text: string) => t.dataSource.query(text, [itemId]);
    const [item] = await query(
      `SELECT committee_id, unit_id, lead_author_id, title, body, category_code, topic_id, commission_id, status, assignee_id,
              reject_reason_code, merged_into_id, updated_by_id, version_no, version, ledger_no, ledger_note, submitted_at IS NOT NULL AS submitted
         FROM item WHERE id = $1`,
    );
    return {
      item,
      authors: await query('SELECT user_id, position FROM item_author WHERE item_id = $1 ORDER BY position'),
      versions: await query('SELECT no, title, body, created_by_id, reason FROM item_version WHERE item_id = $1 ORDER BY no'),
      events: await query('SELECT actor_id, action, from_status, to_status, comment, reason_code, comment_audience FROM item_event WHERE item_id = $1 ORDER BY id'),
    };
  };

  /** What the three paths write alike. */
  const same = () => ({
    item: {
      committee_id: jinzhong,
      lead_author_id: ids.informant,
      title: TITLE,
      category_code: 'livelihood',
      topic_id: null,
      commission_id: null,
      reject_reason_code: null,
      merged_into_id: null,
      version_no: 1,
      version: 1,
      submitted: true,
    },
    authors: [
      { user_id: ids.informant, position: 0 },
      { user_id: ids.unitAdmin, position: 1 },
    ],
    version: { no: 1, title: TITLE },
    event: { reason_code: null },
  });

  /** `same()` with what a path writes of its own. */
  const expected = (own: { item: object; version: object; event: object }) => {
    const { item, authors, version, event } = same();
    return { item: { ...item, ...own.item }, authors, versions: [{ ...version, ...own.version }], events: [{ ...event, ...own.event }] };
  };

  it('the informant writes and submits an item in one step (报送)', async () => {
    const created = await request(t.url)
      .post('/api/v1/items')
      .set(informant)
      .send({ title: TITLE, body: ITEM_BODY, categoryCode: 'livelihood', coAuthorIds: [ids.unitAdmin], submit: true })
      .expect(201);
    expect(await rowsOf(created.body.id)).toEqual(
      expected({
        item: { unit_id: unit, body: ITEM_BODY, status: 'submitted', assignee_id: null, updated_by_id: ids.informant, ledger_no: null, ledger_note: null },
        version: { body: ITEM_BODY, created_by_id: ids.informant, reason: 'submit' },
        event: { actor_id: ids.informant, action: 'submit', from_status: 'draft', to_status: 'submitted', comment: null, comment_audience: commentAudienceOf('submit') },
      }),
    );
  });

  it('the editor merges two items into the same item, written by the research center', async () => {
    const first = await desk.submitted(informant, { title: '关于互助幸福院运营的建议', coAuthorIds: [ids.unitAdmin] });
    const second = await desk.submitted(unitAdmin, { title: '关于农村养老护理的建议' });
    const merged = await desk.merge(editor, { itemIds: [first, second], title: TITLE, body: ITEM_BODY, categoryCode: 'livelihood' }).expect(201);
    expect(await rowsOf(merged.body.id)).toEqual(
      expected({
        item: { unit_id: jinzhong, body: ITEM_BODY, status: 'editing', assignee_id: ids.editor, updated_by_id: ids.editor, ledger_no: null, ledger_note: null },
        version: { body: ITEM_BODY, created_by_id: ids.editor, reason: 'merge' },
        event: {
          actor_id: ids.editor,
          action: 'merge',
          from_status: null,
          to_status: 'editing',
          comment: '综合自 2 篇稿件：《关于互助幸福院运营的建议》《关于农村养老护理的建议》',
          comment_audience: commentAudienceOf('merge'),
        },
      }),
    );
  });

  it('the editor imports the same item from a ledger (台账), dated its 来稿日期 in China', async () => {
    const cells: Partial<Record<(typeof LEDGER_COLUMNS)[number], string>> = {
      编号: 'W1',
      标题: TITLE,
      作者: '张信息、周联络',
      报送单位: '民盟晋中市委会',
      类别: '民生',
      来稿日期: '2024-03-05',
      备注: '原件存档',
    };
    const result = await importLedger(t, editor, jinzhong, Buffer.from(toCsv([[...LEDGER_COLUMNS], LEDGER_COLUMNS.map((c) => cells[c] ?? '')])), '台账.csv');
    expect(result).toEqual(expect.objectContaining({ status: 'succeeded', created: 1 }));
    const [{ id }] = await t.dataSource.query(`SELECT id FROM item WHERE ledger_no = 'W1'`);
    expect(await rowsOf(id)).toEqual(
      expected({
        item: { unit_id: unit, body: '', status: 'archived', assignee_id: null, updated_by_id: null, ledger_no: 'W1', ledger_note: '原件存档' },
        version: { body: '', created_by_id: ids.editor, reason: 'ledger_import' },
        event: {
          actor_id: ids.editor,
          action: 'ledger_import',
          from_status: null,
          to_status: 'archived',
          comment: '从台账导入（编号 W1）',
          comment_audience: commentAudienceOf('ledger_import'),
        },
      }),
    );
    const [dates] = await t.dataSource.query(
      `SELECT i.submitted_at, i.created_at, i.status_changed_at, v.created_at AS version_at
         FROM item i JOIN item_version v ON v.item_id = i.id WHERE i.id = $1`,
      [id],
    );
    const midnightInChina = new Date('2024-03-04T16:00:00Z');
    expect(dates).toEqual({ submitted_at: midnightInChina, created_at: midnightInChina, status_changed_at: midnightInChina, version_at: midnightInChina });
  });
});
