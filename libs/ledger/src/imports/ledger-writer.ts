import { ensureInformants, ensureUnits } from '@sqmy/accounts';
import { appendIssueItems, insertImportedIssues, redateImportedIssues } from '@sqmy/bulletins';
import { AdoptionLevel, commentAudienceOf, ItemStatus } from '@sqmy/contract';
import { insertAdoptions, insertCompiledEvents, insertInstructions, insertReports, RecordSource, redateCompiledEvents } from '@sqmy/outcomes';
import { randomUUID } from 'node:crypto';
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

const LEDGER = RecordSource.Ledger;

interface NewItem {
  id: string;
  row: LedgerRow;
  unitId: string;
  authorIds: string[];
}

/**
 * Writes the checked rows of a ledger into a committee inside the caller's transaction, set-based
 * (one statement per table), so thousands of rows take seconds. Each table is written by the lib that
 * owns it: accounts the units and authors, bulletins the issues, outcomes the 编发, reports, adoptions
 * and 批示. Rows whose 编号 the committee has are left alone (`unchanged`). Throws LedgerRejected when a
 * row's references cannot be met.
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
  const authorIds = await ensureInformants(manager, fresh.flatMap((row) => row.authors.map((name) => ({ unitId: unitIds.get(row.unitName)!, name }))));
  const items: NewItem[] = fresh.map((row) => {
    const unitId = unitIds.get(row.unitName)!;
    return { id: randomUUID(), row, unitId, authorIds: row.authors.map((name) => authorIds.get(`${unitId}|${name}`)!) };
  });
  await insertItems(manager, committee, importerId, items);
  await insertIssues(manager, committee, importerId, items, references);
  await insertOutcomes(manager, committee, importerId, items, references);
  return { created: items.length, unchanged: rows.length - items.length, itemIds: items.map((i) => i.id) };
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
  const issues = created.map((c) => ({ id: c.id, kind: c.ref.supplement ? ('supplement' as const) : ('regular' as const), year: c.ref.year, number: c.ref.number, date: c.date }));
  await insertImportedIssues(manager, { series, committeeId: committee.id, importerId, issues });
  // Imported issues that were there already move to their latest item's date (their 编发 events with them).
  const grown = [...latest].filter(([key]) => references.issues.has(key)).map(([key, value]) => ({ id: issueIds.get(key)!, date: value.date }));
  if (grown.length > 0) {
    await redateImportedIssues(manager, grown);
    await redateCompiledEvents(manager, grown.map((issue) => issue.id));
  }
  const issueOf = (item: NewItem) => issueIds.get(issueKey(item.row.issue!))!;
  await appendIssueItems(manager, placed.map((i) => ({ issueId: issueOf(i), itemId: i.id, order: i.row.row })));
  const entries = placed.map((i) => ({ itemId: i.id, issueId: issueOf(i), documentRef: issueLabel(i.row.issue!) }));
  await insertCompiledEvents(manager, { outlet: `《${series.title}》`, source: LEDGER, createdById: importerId, entries });
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
  const recordedBy = { source: LEDGER, createdById: importerId };
  await insertReports(manager, recordedBy, reports.map((r) => ({ itemId: r.itemId, outletId: r.outlet.id, level: r.level, reportedOn: r.on })));
  const adoptions = reports.flatMap((r) => (r.adopted ? [{ itemId: r.itemId, level: r.level, kind: r.adopted, outlet: r.outlet, occurredOn: r.on }] : []));
  await insertAdoptions(manager, recordedBy, adoptions);
  const instructions = items.flatMap((i) => i.row.instructions.map((entry) => ({ itemId: i.id, ...entry })));
  await insertInstructions(manager, committee.id, recordedBy, instructions);
}
