import { seedDemo } from '../support/demo';
import { Auth, deskClient, ITEM_BODY } from '../support/desk';
import { signIn } from '../support/http';
import { createTestApp, TestApp } from '../support/test-app';

/** Two editors acting on one item at once: one wins, the others get 409, and the audit trail shows exactly one move. */
describe('the desk under concurrent moves', () => {
  let t: TestApp;
  let desk: ReturnType<typeof deskClient>;
  let informant: Auth;
  let editors: Auth[];

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    await seedDemo(t.dataSource);
    desk = deskClient(t);
    informant = await signIn(t, 'informant', 'Demo@2026');
    editors = [await signIn(t, 'editor', 'Demo@2026'), await signIn(t, 'editor2', 'Demo@2026')];
  });
  afterAll(() => t.close());

  const trail = async (id: string) => {
    const events = await t.dataSource.query<{ action: string; from_status: string; to_status: string }[]>(
      'SELECT action, from_status, to_status FROM item_event WHERE item_id = $1 ORDER BY id',
      [id],
    );
    const versions = await t.dataSource.query<{ no: number }[]>('SELECT no FROM item_version WHERE item_id = $1 ORDER BY no', [id]);
    const [item] = await t.dataSource.query<{ status: string; version_no: number; version: number }[]>('SELECT status, version_no, version FROM item WHERE id = $1', [id]);
    return { events, versions: versions.map((v) => v.no), item };
  };

  it('20 editors accept one item at once: one applies, 19 get 409, one accept event', async () => {
    const id = await desk.submitted(informant);
    await desk.move(editors[0], id, 'screen').expect(200);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => desk.move(editors[n % 2], id, 'accept', { comment: `第${n}位` })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(Array(19).fill('TRANSITION_NOT_ALLOWED'));
    const { events, versions, item } = await trail(id);
    expect(events.map((e) => e.action)).toEqual(['submit', 'screen', 'accept']);
    expect(item.status).toBe('editing');
    expect(versions).toEqual([1]);
  });

  it('20 saves of the same read: one new version, 19 STALE_VERSION, version numbers contiguous', async () => {
    const id = await desk.submitted(informant);
    await desk.move(editors[0], id, 'screen').expect(200);
    const accepted = await desk.move(editors[0], id, 'accept').expect(200);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => desk.saveText(editors[n % 2], id, { title: '关于加强农村养老服务的建议', body: `${ITEM_BODY}（第${n}稿）`, version: accepted.body.version })),
    );
    const winners = answers.filter((a) => a.status === 200);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(Array(19).fill('STALE_VERSION'));
    const { events, versions, item } = await trail(id);
    expect(versions).toEqual([1, 2]);
    expect(item.version_no).toBe(2);
    expect(events.filter((e) => e.action === 'edit')).toHaveLength(1);
    expect((await desk.item(editors[0], id)).body).toBe(winners[0].body.body);
  });

  it('20 different moves at once, each based on the same read of an item in screening: exactly one applies and the trail stays consistent', async () => {
    const id = await desk.submitted(informant);
    const { version } = (await desk.move(editors[0], id, 'screen').expect(200)).body;
    const moves: [string, object][] = [
      ['accept', {}],
      ['return', { comment: '请补充' }],
      ['reject', { reasonCode: 'privacy' }],
      ['accept', { comment: '采用' }],
      ['reject', { reasonCode: 'other', comment: '不属本市' }],
    ];
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => desk.move(editors[n % 2], id, moves[n % moves.length][0], { ...moves[n % moves.length][1], version })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 409).map((a) => a.body.code);
    expect(refused).toHaveLength(19);
    expect(refused.every((code) => code === 'STALE_VERSION' || code === 'TRANSITION_NOT_ALLOWED')).toBe(true);
    const { events, item } = await trail(id);
    expect(events).toHaveLength(3);
    const last = events[2];
    expect(last.from_status).toBe('screening');
    expect(last.to_status).toBe(item.status);
    // Each event starts where the one before ended.
    for (let n = 1; n < events.length; n++) expect(events[n].from_status).toBe(events[n - 1].to_status);
  });
});
