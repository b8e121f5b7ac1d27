import { DataSource } from 'typeorm';
import { seedDemoCommittee } from '@sqmy/accounts';
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { CommentAudience1796412000000 } from '../../libs/schema/src/migrations/1796412000000-CommentAudience';
import { createTestDatabase } from '../support/database';

/**
 * The migration that gives comments their audience, on real PostgreSQL with the history an older
 * version left: events without an audience, and authors' notifications that quoted the desk's notes.
 */
describe('migration CommentAudience: existing events and notifications', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, ENTITIES, MIGRATIONS)).initialize();
    await seedDemoCommittee(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('gives each event its move’s audience, and takes the desk’s words out of the notifications the authors got', async () => {
    const migration = new CommentAudience1796412000000();
    await migration.down(dataSource.createQueryRunner());
    const [{ id: editor }] = await dataSource.query("SELECT id FROM app_user WHERE username = 'editor'");
    const [{ id: author, organisation_id: unit }] = await dataSource.query("SELECT id, organisation_id FROM app_user WHERE username = 'informant'");
    const [{ id: committee }] = await dataSource.query("SELECT id FROM organisation WHERE name = '晋中市政协'");
    const [{ id: item }] = await dataSource.query(
      `INSERT INTO item (committee_id, unit_id, lead_author_id, title, body, status, version) VALUES ($1, $2, $3, '关于《条例》实施的建议', '正文', 'published', 9) RETURNING id`,
      [committee, unit, author],
    );
    const events: [string, string | null][] = [
      ['submit', null],
      ['accept', '与另一篇相近。'],
      ['propose', '两篇来稿内容相近，已综合为一篇，请审核。'],
      ['send_back', '数据口径请再核实。'],
      ['return', '请补充数据。'],
      ['approve', '同意。意见：可发。'],
      ['publish', '编入《晋中社情民意》2024年第3期（总第45期）'],
      ['ledger_import', '从台账导入（编号 7）'],
    ];
    for (const [action, comment] of events) {
      await dataSource.query(`INSERT INTO item_event (item_id, actor_id, action, from_status, to_status, comment) VALUES ($1, $2, $3, NULL, 'editing', $4)`, [item, editor, action, comment]);
    }
    const notices: [string, string][] = [
      ['稿件已采用，进入编辑', '《关于《条例》实施的建议》采用。意见：与另一篇相近。'],
      ['稿件已提交审核', '《关于《条例》实施的建议》提交审核。意见：两篇来稿内容相近，已综合为一篇，请审核。'],
      ['稿件被退回修改', '《关于《条例》实施的建议》退回修改。意见：请补充数据。'],
      ['稿件已审核通过', '《关于《条例》实施的建议》审核通过。意见：同意。意见：可发。'],
      ['稿件已编发', '《关于《条例》实施的建议》刊发。意见：编入《晋中社情民意》2024年第3期（总第45期）'],
      ['稿件进入阅选', '《关于《条例》实施的建议》阅选。'],
    ];
    for (const [index, [title, body]] of notices.entries()) {
      await dataSource.query(`INSERT INTO notification (user_id, title, body, link, source_key) VALUES ($1, $2, $3, $4, $5)`, [author, title, body, `/my-items/${item}`, `legacy-${index}`]);
    }

    await migration.up(dataSource.createQueryRunner());

    const audiences = await dataSource.query<{ action: string; comment_audience: string }[]>('SELECT action, comment_audience FROM item_event WHERE item_id = $1 ORDER BY id', [item]);
    expect(audiences.map((e) => [e.action, e.comment_audience])).toEqual([
      ['submit', 'author'],
      ['accept', 'desk'],
      ['propose', 'desk'],
      ['send_back', 'desk'],
      ['return', 'author'],
      ['approve', 'desk'],
      ['publish', 'author'],
      ['ledger_import', 'desk'],
    ]);
    const bodies = await dataSource.query<{ body: string }[]>('SELECT body FROM notification WHERE user_id = $1 ORDER BY id', [author]);
    expect(bodies.map((n) => n.body)).toEqual([
      '《关于《条例》实施的建议》采用。',
      '《关于《条例》实施的建议》提交审核。',
      '《关于《条例》实施的建议》退回修改。意见：请补充数据。', // written to the author: as it was sent
      '《关于《条例》实施的建议》审核通过。',
      '《关于《条例》实施的建议》刊发。刊发说明：编入《晋中社情民意》2024年第3期（总第45期）',
      '《关于《条例》实施的建议》阅选。',
    ]);
  });
});
