import { seedDemoCommitteeFull } from '../support/demo';
import { Auth } from '../support/desk';
import { expectErrorShape, signIn } from '../support/http';
import { outcomesClient } from '../support/outcomes';
import { scoredHistory2024, scoringFixture } from '../support/scored-history';
import { createTestApp, TestApp } from '../support/test-app';

const NOW = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const [YEAR, MONTH] = NOW.split('-').map(Number);

/**
 * Quotas (任务数): the editor sets them, everyone at the desk reads the progress — items submitted,
 * counted from the tallies, against the target due so far (scoredHistory2024 for the 2024 items).
 */
describe('quotas (任务数) and their progress', () => {
  let t: TestApp;
  let editor: Auth;
  let analyst: Auth;
  let org: (name: string) => string;
  let people: Record<string, string>;
  const api = () => outcomesClient(t);

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    const demo = await seedDemoCommitteeFull(t.dataSource);
    org = (name) => demo.organisations[name];
    people = await scoredHistory2024(t.dataSource, org);
    // This year: 王信息 submits one item today.
    const scoring = scoringFixture(t.dataSource);
    await scoring.item({ title: '关于今年春耕的建议', unitId: org('市政协农业和农村委员会'), authorIds: [people.王], submittedOn: NOW });
    await scoring.tallies();
    [editor, analyst] = await Promise.all(['editor', 'analyst'].map((u) => signIn(t, u, 'Demo@2026')));
  });

  afterAll(() => t?.close());

  it('the editor sets quotas; progress counts the items submitted against what is due so far', async () => {
    const monthly = await api().post(editor, '/quotas', { subjectType: 'informant', subjectId: people.张, grain: 'month', year: 2024, target: 1 }).expect(201);
    expect(monthly.body).toEqual({
      id: expect.any(String),
      committee: { id: org('晋中市政协'), name: '晋中市政协' },
      subjectType: 'informant',
      subject: { id: people.张, name: '张信息' },
      grain: 'month',
      year: 2024,
      target: 1,
      version: 1,
      progress: { due: 12, done: 2, ratio: 0.1667, behind: true },
    });
    const yearly = await api().post(editor, '/quotas', { subjectType: 'unit', subjectId: org('民盟晋中市委会'), grain: 'year', year: 2024, target: 3 }).expect(201);
    expect(yearly.body).toMatchObject({ subject: { name: '民盟晋中市委会' }, progress: { due: 3, done: 3, ratio: 1, behind: false } });
    const current = await api().post(editor, '/quotas', { subjectType: 'informant', subjectId: people.王, grain: 'month', year: YEAR, target: 2 }).expect(201);
    expect(current.body.progress).toEqual({ due: 2 * MONTH, done: 1, ratio: Math.round((1 / (2 * MONTH)) * 10000) / 10000, behind: true });
  });

  it('lists least progress first, and only those behind when asked', async () => {
    const all = (await api().get(analyst, '/quotas?year=2024').expect(200)).body as { subject: { name: string }; progress: { ratio: number } }[];
    expect(all.map((q) => [q.subject.name, q.progress.ratio])).toEqual([
      ['张信息', 0.1667],
      ['民盟晋中市委会', 1],
    ]);
    const behind = (await api().get(analyst, `/quotas?year=2024&behind=true&committeeId=${org('晋中市政协')}`).expect(200)).body as { subject: { name: string } }[];
    expect(behind.map((q) => q.subject.name)).toEqual(['张信息']);
    const thisYear = (await api().get(analyst, '/quotas').expect(200)).body as { subject: { name: string } }[];
    expect(thisYear.map((q) => q.subject.name)).toEqual(['王信息']);
  });

  it('refuses a second quota of the same subject, grain and year, and a target under 1', async () => {
    const twice = await api().post(editor, '/quotas', { subjectType: 'informant', subjectId: people.张, grain: 'month', year: 2024, target: 3 }).expect(409);
    expectErrorShape(twice.body, 409, 'CONFLICT');
    const zero = await api().post(editor, '/quotas', { subjectType: 'informant', subjectId: people.刘, grain: 'year', year: 2024, target: 0 }).expect(400);
    expectErrorShape(zero.body, 400, 'VALIDATION_FAILED');
    expect(zero.body.details).toEqual([expect.objectContaining({ field: 'target' })]);
    await api().post(editor, '/quotas', { subjectType: 'unit', subjectId: people.刘, grain: 'year', year: 2024, target: 2 }).expect(404);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM quota');
    expect(count).toBe(3);
  });

  it('refuses a subject outside the editor’s committee', async () => {
    const outsider = await scoringFixture(t.dataSource).user('外省信息员', org('山西省政协'));
    const response = await api().post(editor, '/quotas', { subjectType: 'informant', subjectId: outsider, grain: 'year', year: 2024, target: 2 }).expect(403);
    expectErrorShape(response.body, 403, 'OUT_OF_SCOPE');
  });

  it('changes a target under its version, and deletes', async () => {
    const [quota] = (await api().get(analyst, '/quotas?year=2024').expect(200)).body as { id: string; version: number }[];
    const changed = await api().patch(editor, `/quotas/${quota.id}`, { version: quota.version, target: 2 }).expect(200);
    expect(changed.body).toMatchObject({ target: 2, version: quota.version + 1, progress: { due: 24, done: 2, ratio: 0.0833 } });
    const stale = await api().patch(editor, `/quotas/${quota.id}`, { version: quota.version, target: 5 }).expect(409);
    expectErrorShape(stale.body, 409, 'STALE_VERSION');
    await api().remove(editor, `/quotas/${quota.id}`).expect(204);
    await api().patch(editor, `/quotas/${quota.id}`, { version: 2, target: 5 }).expect(404);
  });
});
