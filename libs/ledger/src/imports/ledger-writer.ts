import { AdoptionKind, AdoptionLevel, commentAudienceOf, ItemStatus, Role } from '@sqmy/contract';
import { RecordSource } from '@sqmy/outcomes';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { LedgerRow } from '../format/ledger-rows';
import { LedgerRowError } from '../ledger-import.entity';
import { existingLedgerNumbers, issueKey, issueLabel, LedgerCommittee, LedgerReferences, resolveReferences } from './ledger-references';

/** A ledger that cannot be written as it is: every row's problem, nothing written. */
export class LedgerRejected extends Error {
  constructor(readonly errors: LedgerRowError[]) {
    super(`台账有 ${errors.length} 处错误`);
  }
}

/** An account that can never sign in with a password (imported authors get one until an admin resets it). */
const NO_PASSWORD = '!ledger-import';
const LEDGER = RecordSource.Ledger;

interface NewItem {
  id: string;
  row: LedgerRow;
  unitId: string;
  authorIds: string[];
}

/**
 * Writes the checked rows of a ledger into a committee inside the caller's transaction, set-based
 * (one statement per table), so thousands of rows take seconds. Rows whose 编号 the committee has
 * are left alone (`unchanged`). Throws LedgerRejected when a row's references cannot be met.
 */
export async function writeLedger(
  manager: EntityManager,
  committee: LedgerCommittee,
  importerId: string,
  rows: LedgerRow[],
): Promise<{ created: number; unchanged: number; itemIds: string[] }> {
  // Two imports into one committee at once would race for the same 编号, units and authors.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('ledger-import:' || $1))`, [committee.id]);
  const existing = await existingLedgerNumbers(manager, committee, rows);
  const fresh = rows.filter((row) => !existing.has(row.ledgerNo) && !existing.has(row.ledgerNo.toLowerCase()));
  if (fresh.length === 0) return { created: 0, unchanged: rows.length, itemIds: [] };
  const references = await resolveReferences(manager, committee, fresh);
  if (references.errors.length > 0) throw new LedgerRejected(references.errors);

  const unitIds = await ensureUnits(manager, committee, [...new Set(fresh.map((row) => row.unitName))]);
  const authorIds = await ensureAuthors(manager, fresh.flatMap((row) => row.authors.map((name) => ({ unitId: unitIds.get(row.unitName)!, name }))));
  const items: NewItem[] = fresh.map((row) => {
    const unitId = unitIds.get(row.unitName)!;
    return { id: randomUUID(), row, unitId, authorIds: row.authors.map((name) => authorIds.get(`${unitId}|${name}`)!) };
  });
  await insertItems(manager, committee, importerId, items);
  await insertIssues(manager, committee, importerId, items, references);
  await insertOutcomes(manager, committee, importerId, items, references);
  return { created: items.length, unchanged: rows.length - items.length, itemIds: items.map((i) => i.id) };
}

/** Units by name anywhere under the committee (the nearest first); new names become units of the committee. */
async function ensureUnits(manager: EntityManager, committee: LedgerCommittee, names: string[]): Promise<Map<string, string>> {
  const found = await manager.query<{ id: string; name: string }[]>(
    `SELECT DISTINCT ON (name) id, name FROM organisation WHERE path LIKE $1 AND name = ANY($2::text[]) ORDER BY name, length(path), id`,
    [`${committee.path}%`, names],
  );
  const ids = new Map(found.map((org) => [org.name, org.id]));
  const missing = names.filter((name) => !ids.has(name)).map((name) => ({ name, id: randomUUID() }));
  if (missing.length > 0) {
    await manager.query(
      `INSERT INTO organisation (id, name, kind, parent_id, path, committee_id)
       SELECT id, name, 'unit', $1, $2 || id || '/', $1 FROM unnest($3::uuid[], $4::text[]) AS t(id, name)`,
      [committee.id, committee.path, missing.map((m) => m.id), missing.map((m) => m.name)],
    );
    for (const { name, id } of missing) ids.set(name, id);
  }
  return ids;
}

/** Authors by name within their unit; unknown names become informants of the unit, disabled until an admin enables them. */
async function ensureAuthors(manager: EntityManager, wanted: { unitId: string; name: string }[]): Promise<Map<string, string>> {
  const unique = [...new Map(wanted.map((w) => [`${w.unitId}|${w.name}`, w])).values()];
  const found = await manager.query<{ id: string; organisation_id: string; name: string }[]>(
    `SELECT DISTINCT ON (u.organisation_id, u.name) u.id, u.organisation_id, u.name
       FROM app_user u JOIN unnest($1::uuid[], $2::text[]) AS w(org, name) ON (u.organisation_id, u.name) = (w.org, w.name)
      ORDER BY u.organisation_id, u.name, u.active DESC, u.created_at`,
    [unique.map((w) => w.unitId), unique.map((w) => w.name)],
  );
  const ids = new Map(found.map((user) => [`${user.organisation_id}|${user.name}`, user.id]));
  const missing = unique.filter((w) => !ids.has(`${w.unitId}|${w.name}`)).map((w) => ({ ...w, id: randomUUID(), username: `ledger-${randomBytes(6).toString('hex')}` }));
  if (missing.length > 0) {
    await manager.query(
      `INSERT INTO app_user (id, username, name, password_hash, roles, organisation_id, active)
       SELECT id, username, name, $1, $2::text[], org, false FROM unnest($3::uuid[], $4::text[], $5::text[], $6::uuid[]) AS t(id, username, name, org)`,
      [NO_PASSWORD, [Role.Informant], missing.map((m) => m.id), missing.map((m) => m.username), missing.map((m) => m.name), missing.map((m) => m.unitId)],
    );
    for (const m of missing) ids.set(`${m.unitId}|${m.name}`, m.id);
  }
  return ids;
}

/** The items, their authors, a first version (the title; ledgers carry no text) and the import on their timeline. */
async function insertItems(manager: EntityManager, committee: LedgerCommittee, importerId: string, items: NewItem[]): Promise<void> {
  const status = (item: NewItem) => (item.row.issue ? ItemStatus.Published : ItemStatus.Archived);
  await manager.query(
    `INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, category_code, status, version_no, version,
                       submitted_at, created_at, status_changed_at, ledger_no, ledger_note)
     SELECT id, $1, unit_id, lead, title, '', category, status, 1, 1, s, s, s, no, note
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::text[])
            AS t(id, unit_id, lead, title, category, status, day, no, note),
            LATERAL (SELECT day::timestamp AT TIME ZONE 'Asia/Shanghai' AS s) AS at`,
    [
      committee.id,
      items.map((i) => i.id),
      items.map((i) => i.unitId),
      items.map((i) => i.authorIds[0]),
      items.map((i) => i.row.title),
      items.map((i) => i.row.categoryCode),
      items.map(status),
      items.map((i) => i.row.submittedOn),
      items.map((i) => i.row.ledgerNo),
      items.map((i) => i.row.note),
    ],
  );
  const authors = items.flatMap((i) => i.authorIds.map((userId, position) => ({ itemId: i.id, userId, position })));
  await manager.query(
    `INSERT INTO item_author (item_id, user_id, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
    [authors.map((a) => a.itemId), authors.map((a) => a.userId), authors.map((a) => a.position)],
  );
  await manager.query(
    `INSERT INTO item_version (item_id, no, title, body, created_by_id, reason, created_at)
     SELECT i.id, 1, i.title, '', $2, 'ledger_import', i.submitted_at FROM item i WHERE i.id = ANY($1::uuid[])`,
    [items.map((i) => i.id), importerId],
  );
  await manager.query(
    `INSERT INTO item_event (item_id, actor_id, action, from_status, to_status, comment, comment_audience)
     SELECT i.id, $2, 'ledger_import', NULL, i.status, '从台账导入（编号 ' || i.ledger_no || '）', $3 FROM item i WHERE i.id = ANY($1::uuid[])`,
    [items.map((i) => i.id), importerId, commentAudienceOf('ledger_import')],
  );
}

/**
 * The issues the 期号 name, in the committee's first series: created when missing (imported,
 * published, no 总第 number), dated the latest 来稿日期 of their items but not before 1 January;
 * each item in its issue with a city 编发 event dated like the issue.
 */
async function insertIssues(manager: EntityManager, committee: LedgerCommittee, importerId: string, items: NewItem[], references: LedgerReferences): Promise<void> {
  const placed = items.filter((i) => i.row.issue);
  if (placed.length === 0) return;
  const series = references.series!;
  const latest = new Map<string, { ref: NonNullable<LedgerRow['issue']>; date: string }>();
  for (const { row } of placed) {
    const key = issueKey(row.issue!);
    const floor = `${row.issue!.year}-01-01`;
    const date = [row.submittedOn, floor, latest.get(key)?.date ?? floor].sort().at(-1)!;
    latest.set(key, { ref: row.issue!, date });
  }
  const issueIds = new Map([...references.issues].map(([key, issue]) => [key, issue.id]));
  const created = [...latest].filter(([key]) => !issueIds.has(key)).map(([key, value]) => ({ key, id: randomUUID(), ...value }));
  for (const issue of created) issueIds.set(issue.key, issue.id);
  await manager.query(
    `INSERT INTO bulletin_issue (id, series_id, committee_id, kind, status, year, number, date, distribution, copies, imported,
                                 created_by_id, published_by_id, published_at)
     SELECT id, $1, $2, kind, 'published', year, number, date, $3::jsonb, $4, true, $5, $5, now()
       FROM unnest($6::uuid[], $7::text[], $8::int[], $9::int[], $10::date[]) AS t(id, kind, year, number, date)`,
    [
      series.id,
      committee.id,
      JSON.stringify(series.distribution),
      series.copies,
      importerId,
      created.map((c) => c.id),
      created.map((c) => (c.ref.supplement ? 'supplement' : 'regular')),
      created.map((c) => c.ref.year),
      created.map((c) => c.ref.number),
      created.map((c) => c.date),
    ],
  );
  // Imported issues that were there already move to their latest item's date (their 编发 events with them).
  const grown = [...latest].filter(([key]) => references.issues.has(key));
  if (grown.length > 0) {
    await manager.query(
      `UPDATE bulletin_issue i SET date = greatest(i.date, t.date), updated_at = now() FROM unnest($1::uuid[], $2::date[]) AS t(id, date) WHERE i.id = t.id`,
      [grown.map(([key]) => issueIds.get(key)), grown.map(([, value]) => value.date)],
    );
    await manager.query(
      `UPDATE adoption_event e SET occurred_on = i.date FROM bulletin_issue i WHERE e.bulletin_issue_id = i.id AND e.kind = 'compiled' AND i.id = ANY($1::uuid[])`,
      [grown.map(([key]) => issueIds.get(key))],
    );
  }
  await manager.query(
    `INSERT INTO bulletin_issue_item (issue_id, item_id, position, title, byline, version_no)
     SELECT t.issue, t.item, coalesce(last.position, 0) + row_number() OVER (PARTITION BY t.issue ORDER BY t.ord), it.title,
            trim(u.name || ' ' || coalesce((SELECT string_agg(p.name, ' ' ORDER BY a.position) FROM item_author a JOIN app_user p ON p.id = a.user_id WHERE a.item_id = it.id), '')), 1
       FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS t(issue, item, ord)
       JOIN item it ON it.id = t.item JOIN organisation u ON u.id = it.unit_id
       LEFT JOIN LATERAL (SELECT max(position) AS position FROM bulletin_issue_item x WHERE x.issue_id = t.issue) last ON true`,
    [placed.map((i) => issueIds.get(issueKey(i.row.issue!))), placed.map((i) => i.id), placed.map((i) => i.row.row)],
  );
  await manager.query(
    `INSERT INTO adoption_event (item_id, level, kind, outlet, occurred_on, document_ref, bulletin_issue_id, source, created_by_id)
     SELECT t.item, $1, $2, $3, i.date, t.label, i.id, $4, $5
       FROM unnest($6::uuid[], $7::uuid[], $8::text[]) AS t(item, issue, label) JOIN bulletin_issue i ON i.id = t.issue`,
    [
      AdoptionLevel.City,
      AdoptionKind.Compiled,
      `《${series.title}》`,
      LEDGER,
      importerId,
      placed.map((i) => i.id),
      placed.map((i) => issueIds.get(issueKey(i.row.issue!))),
      placed.map((i) => issueLabel(i.row.issue!)),
    ],
  );
}

/** Reports to the first outlet of each level, adoptions dated the report date, and the 批示 register's entries. */
async function insertOutcomes(manager: EntityManager, committee: LedgerCommittee, importerId: string, items: NewItem[], references: LedgerReferences): Promise<void> {
  const reports = items.flatMap((i) =>
    (
      [
        [AdoptionLevel.Province, i.row.reportedProvinceOn, i.row.adoptedProvince],
        [AdoptionLevel.National, i.row.reportedNationalOn, i.row.adoptedNational],
      ] as const
    ).flatMap(([level, on, adopted]) => (on ? [{ itemId: i.id, level, on, adopted, outlet: references.outlets[level]! }] : [])),
  );
  await manager.query(
    `INSERT INTO item_report (item_id, outlet_id, level, reported_on, source, created_by_id)
     SELECT item, outlet, level, day, $1, $2 FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::date[]) AS t(item, outlet, level, day)`,
    [LEDGER, importerId, reports.map((r) => r.itemId), reports.map((r) => r.outlet.id), reports.map((r) => r.level), reports.map((r) => r.on)],
  );
  const adoptions = reports.filter((r) => r.adopted);
  await manager.query(
    `INSERT INTO adoption_event (item_id, level, kind, outlet, outlet_id, occurred_on, source, created_by_id)
     SELECT item, level, kind, outlet, outlet_id, day, $1, $2
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::date[]) AS t(item, level, kind, outlet, outlet_id, day)`,
    [
      LEDGER,
      importerId,
      adoptions.map((a) => a.itemId),
      adoptions.map((a) => a.level),
      adoptions.map((a) => a.adopted),
      adoptions.map((a) => a.outlet.name),
      adoptions.map((a) => a.outlet.id),
      adoptions.map((a) => a.on),
    ],
  );
  const instructions = items.flatMap((i) => i.row.instructions.map((entry) => ({ itemId: i.id, ...entry })));
  await manager.query(
    `INSERT INTO leader_instruction (item_id, committee_id, leader_name, leader_level, instructed_on, source, created_by_id, version)
     SELECT item, $1, name, level, day, $2, $3, 1 FROM unnest($4::uuid[], $5::text[], $6::text[], $7::date[]) AS t(item, name, level, day)`,
    [
      committee.id,
      LEDGER,
      importerId,
      instructions.map((i) => i.itemId),
      instructions.map((i) => i.leaderName),
      instructions.map((i) => i.level),
      instructions.map((i) => i.instructedOn),
    ],
  );
}
