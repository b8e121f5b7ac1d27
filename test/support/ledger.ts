import { Workbook } from 'exceljs';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { signIn } from './http';
import { settleScores } from './scoring';
import { TestApp } from './test-app';

export const LEDGER_PASSWORD = 'Ledger2026';

export interface LedgerCommittee {
  id: string;
  name: string;
  /** The committee's editor (imports) and analyst (reads), signed in. */
  editor: { Authorization: string };
  analyst: { Authorization: string };
}

/**
 * City committees under 山西省政协 (全国政协 above it), each with an editor, an analyst and a series:
 * what a ledger import needs, without the demo committee's own history.
 */
export async function ledgerCommittees(
  t: TestApp,
  committees: { name: string; code: string; series: string | null }[],
  /** The province to put them under (e.g. the demo's 山西省政协); a new tree when absent. */
  under?: string,
): Promise<Record<string, LedgerCommittee>> {
  const ds = t.dataSource;
  const province = under
    ? (await ds.query<{ id: string; path: string }[]>('SELECT id, path FROM organisation WHERE id = $1', [under]))[0]
    : await organisation(ds, '山西省政协', 'provincial', await organisation(ds, '全国政协', 'national', null));
  const hash = await argon2.hash(LEDGER_PASSWORD, { type: argon2.argon2id });
  const result: Record<string, LedgerCommittee> = {};
  for (const { name, code, series } of committees) {
    const city = await organisation(ds, name, 'city', province);
    for (const role of ['editor', 'analyst']) {
      await ds.query('INSERT INTO app_user (username, name, password_hash, roles, organisation_id) VALUES ($1, $2, $3, $4, $5)', [`${code}-${role}`, `${name}${role}`, hash, [role], city.id]);
    }
    if (series) await ds.query('INSERT INTO bulletin_series (committee_id, title, issuing_unit) VALUES ($1, $2, $3)', [city.id, series, `${name}研究中心`]);
    result[name] = { id: city.id, name, editor: await signIn(t, `${code}-editor`, LEDGER_PASSWORD), analyst: await signIn(t, `${code}-analyst`, LEDGER_PASSWORD) };
  }
  return result;
}

async function organisation(ds: DataSource, name: string, kind: string, parent: { id: string; path: string } | null) {
  const id = randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  await ds.query('INSERT INTO organisation (id, name, kind, parent_id, path, committee_id) VALUES ($1, $2, $3, $4, $5, $1)', [id, name, kind, parent?.id ?? null, path]);
  return { id, path };
}

/** Uploads a ledger as the web app does. */
export const uploadLedger = (t: TestApp, auth: { Authorization: string }, orgId: string, content: Buffer, fileName: string) =>
  request(t.url).post('/api/v1/imports/ledger').set(auth).field('orgId', orgId).attach('file', content, fileName);

/** Uploads a ledger and follows GET /imports/{id} until the job has finished; returns the import and how long it took. */
export async function importLedger(t: TestApp, auth: { Authorization: string }, orgId: string, content: Buffer, fileName: string, timeoutMs = 180_000) {
  const started = Date.now();
  const upload = await uploadLedger(t, auth, orgId, content, fileName);
  if (upload.status !== 202) throw new Error(`upload refused: ${upload.status} ${JSON.stringify(upload.body)}`);
  for (;;) {
    const polled = await request(t.url).get(`/api/v1/imports/${upload.body.id}`).set(auth).expect(200);
    if (polled.body.status === 'succeeded' || polled.body.status === 'failed') return { ...polled.body, seconds: (Date.now() - started) / 1000 };
    if (Date.now() - started > timeoutMs) throw new Error(`import still ${polled.body.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** GET /stats/summary as an analyst sees it, once the scoring jobs (which keep the figures' tallies) are done. */
export async function summary(t: TestApp, auth: { Authorization: string }, orgId: string, year: number) {
  await settleScores(t);
  return (await request(t.url).get('/api/v1/stats/summary').query({ orgId, year }).set(auth).expect(200)).body;
}

/** A small .xlsx ledger with the required columns: 编号, 标题, 作者, 报送单位, 来稿日期. */
export async function ledgerXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['编号', '标题', '作者', '报送单位', '来稿日期']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
