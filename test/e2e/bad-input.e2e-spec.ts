import request from 'supertest';
import { DemoCommittee } from '@sqmy/accounts';
import { BadRequest, badRequests, freshId, OpenApi, Operation, operationsOf } from '../support/bad-input';
import { seedDemoCommitteeFull } from '../support/demo';
import { signIn } from '../support/http';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Generated bad input: every operation of the OpenAPI document × every mutation class, sent as a
 * role allowed to call it. None may answer 5xx; every refusal has the one error shape and names the
 * field; nothing a refused request touched is written (the mutable tables, the outbox included,
 * are the same before and after).
 */
const ROLES = ['editor', 'informant', 'admin', 'chiefEditor', 'unitAdmin', 'analyst'] as const;
const CONCURRENCY = 6;

/** Path segment (or field name) → the table holding real ones. */
const TABLES: Record<string, string> = {
  organisations: 'organisation',
  users: 'app_user',
  items: 'item',
  topics: 'topic',
  commissions: 'commission',
  'bulletin-series': 'bulletin_series',
  'bulletin-issues': 'bulletin_issue',
  outlets: 'outlet',
  reports: 'item_report',
  adoptions: 'adoption_event',
  instructions: 'leader_instruction',
  quotas: 'quota',
  penalties: 'score_penalty',
  'scoring-rules': 'scoring_rule_set',
  imports: 'ledger_import',
  'stats-reports': 'stats_report',
  notifications: 'notification',
};

interface Answer {
  status: number;
  body: unknown;
}

describe('generated bad input: every operation × every mutation class', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  const tokens = new Map<string, string>();
  const real = new Map<string, string>();

  const ids = (name: string, template: string): string => {
    if (name === 'id') return real.get(TABLES[template.split('/')[3]]) ?? freshId();
    if (/^(orgId|parentId|assigneeUnitId|unitId|committeeId|subjectId)$/.test(name)) return demo.organisations['民盟晋中市委会'];
    if (name === 'itemIds#2') return real.get('item#2')!;
    if (/^itemIds?$/.test(name)) return real.get('item')!;
    if (name === 'assigneeId') return real.get('editor2')!;
    if (/^(assigneeUserId|authorId|coAuthorIds)/.test(name)) return real.get('app_user')!;
    if (name === 'seriesId') return real.get('bulletin_series')!;
    if (/^(issueId|correctsIssueId)$/.test(name)) return real.get('bulletin_issue')!;
    if (name === 'attachmentId') return real.get('attachment')!;
    if (name === 'outletId') return real.get('outlet')!;
    if (name === 'topicId') return real.get('topic')!;
    return freshId();
  };

  const send = async (bad: BadRequest, role: string | undefined): Promise<Answer> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...bad.headers };
    if (role) headers.Authorization = tokens.get(role)!;
    if (bad.body === undefined) delete headers['Content-Type'];
    const response = await fetch(`${t.url}${bad.path}`, { method: bad.operation.method, headers, body: bad.body });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // reported below as a body without the error shape
    }
    return { status: response.status, body };
  };

  /** The first role the access rule lets through: a refused probe (400) tells it apart from 401/403. */
  const roleFor = async (operation: Operation, probes: BadRequest[]): Promise<string | undefined> => {
    const probe = probes.find((b) => b.label.startsWith('unknown-field')) ?? probes.find((b) => b.label.startsWith('bad-id')) ?? probes[0];
    if (!probe) return undefined;
    for (const role of ROLES) {
      const { status } = await send(probe, role);
      if (status !== 401 && status !== 403) return role;
    }
    throw new Error(`no demo role may call ${operation.method} ${operation.template}`);
  };

  /** A digest of every table a request could write (sessions of the signed-in roles aside). */
  const snapshot = async (): Promise<Record<string, string>> => {
    const tables = await t.dataSource.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_migrations', 'auth_session') ORDER BY 1`,
    );
    const digests = await Promise.all(
      tables.map(async ({ name }) => [name, (await t.dataSource.query(`SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '') AS d FROM "${name}" r`))[0].d as string]),
    );
    return Object.fromEntries(digests);
  };

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    demo = await seedDemoCommitteeFull(t.dataSource);
    for (const role of ROLES) tokens.set(role, (await signIn(t, demo.accounts[role].username, demo.accounts[role].password)).Authorization);
    const as = (role: string) => ({ Authorization: tokens.get(role)! });
    const newItem = async () => {
      const item = await request(t.url).post('/api/v1/items').set(as('informant')).send({ title: '关于坏输入的建议', body: '情况、问题、建议。' }).expect(201);
      await request(t.url).post(`/api/v1/items/${item.body.id}/attachments`).set(as('informant')).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'a.pdf').expect(201);
      await request(t.url).post(`/api/v1/items/${item.body.id}/submit`).set(as('informant')).expect(200);
      return item.body.id as string;
    };
    const [first, second] = [await newItem(), await newItem()];
    await request(t.url).post('/api/v1/topics').set(as('editor')).send({ title: '坏输入', opensOn: '2026-01-01', closesOn: '2099-12-31' }).expect(201);
    await request(t.url).post('/api/v1/commissions').set(as('editor')).send({ title: '坏输入', assigneeUnitId: demo.organisations['民盟晋中市委会'], dueOn: '2099-01-31' }).expect(201);
    for (const table of [...Object.values(TABLES), 'attachment']) {
      const [row] = await t.dataSource.query<{ id: string }[]>(`SELECT id::text FROM "${table}" ORDER BY id LIMIT 1`);
      if (row) real.set(table, row.id);
    }
    real.set('app_user', (await request(t.url).get('/api/v1/auth/me').set(as('informant'))).body.id);
    real.set('organisation', demo.organisations['民盟晋中市委会']);
    Object.entries({ item: first, 'item#2': second }).forEach(([key, id]) => real.set(key, id));
    real.set('attachment', (await t.dataSource.query<{ id: string }[]>('SELECT id::text FROM attachment WHERE item_id = $1', [first]))[0].id);
    real.set('editor2', (await request(t.url).get('/api/v1/auth/me').set(await signIn(t, 'editor2', 'Demo@2026'))).body.id);
  });
  afterAll(() => t.close());

  it('answers ≥ 10,000 bad requests with no 5xx, each refusal in the one error shape naming the field, and writes nothing', async () => {
    const document = (await request(t.url).get('/api/docs-json').expect(200)).body as OpenApi;
    const operations = operationsOf(document).filter((o) => !o.template.startsWith('/health'));
    const plan: [BadRequest, string | undefined][] = [];
    for (const operation of operations) {
      const bad = badRequests(operation, ids);
      const role = await roleFor(operation, bad);
      for (const one of bad) plan.push([one, role]);
    }
    const before = await snapshot();
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < plan.length) {
        const [bad, role] = plan[next++];
        const answer = await send(bad, role);
        const problem = judge(bad, answer);
        if (problem) failures.push(`${bad.operation.method} ${bad.operation.template} [${bad.label}] as ${role ?? 'anonymous'}: ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = await snapshot();

    expect({ count: failures.length, first: failures.slice(0, 100) }).toEqual({ count: 0, first: [] });
    expect(Object.entries(after).filter(([table, digest]) => before[table] !== digest).map(([table]) => table)).toEqual([]);
    expect(plan.length).toBeGreaterThanOrEqual(10_000);
  }, 15 * 60_000);
});

/** What is wrong with an answer to a bad request, or undefined when it is a proper refusal. */
function judge(bad: BadRequest, { status, body }: Answer): string | undefined {
  if (status >= 500) return `${status} ${JSON.stringify(body).slice(0, 200)}`;
  if (status < 400) return bad.operation.method === 'GET' ? undefined : `accepted: ${status}`;
  const error = body as { statusCode?: unknown; code?: unknown; message?: unknown; details?: { field: string }[] };
  if (typeof error !== 'object' || error === null || error.statusCode !== status || typeof error.code !== 'string' || typeof error.message !== 'string' || !Array.isArray(error.details)) {
    return `${status} without the error shape: ${JSON.stringify(body).slice(0, 120)}`;
  }
  if (status === 400 && bad.field && !['MALFORMED_JSON', 'MALFORMED_URL'].includes(error.code) && !error.details.some((d) => d.field === bad.field || d.field.startsWith(`${bad.field}.`) || (bad.operation.multipart && d.field === 'file'))) {
    return `400 ${error.code} does not name ${bad.field}: ${JSON.stringify(error.details).slice(0, 120)}`;
  }
  return undefined;
}
