import { ensureInformants, ensureUnits } from '@sqmy/accounts';
import { appendIssueItems, insertImportedIssues, redateImportedIssues } from '@sqmy/bulletins';
import { AdoptionLevel, commentAudienceOf, ItemStatus, LedgerRowError, RecordSource } from '@sqmy/contract';
import { NewItem as ItemToWrite, writeItems } from '@sqmy/items';
import { insertAdoptions, insertCompiledEvents, insertInstructions, insertReports, redateCompiledEvents } from '@sqmy/outcomes';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { LedgerRow } from '../format/ledger-rows';
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
  await writeItems(manager, items.map((item) => ledgerItem(committee, importerId, item)));
}

/**
 * An imported item: published when the ledger names its 期号, archived otherwise; dated its 来稿日期 at midnight
 * in China (UTC+8, not following the summer time China kept until 1991).
 */
function ledgerItem(committee: LedgerCommittee, importerId: string, { id, row, unitId, authorIds }: NewItem): ItemToWrite {
  const status = row.issue ? ItemStatus.Published : ItemStatus.Archived;
  const submittedAt = new Date(`${row.submittedOn}T00:00:00+08:00`);
  return {
    id,
    committeeId: committee.id,
    unitId,
    title: row.title,
    body: '',
    categoryCode: row.categoryCode,
    topicId: null,
    commissionId: null,
    status,
    assigneeId: null,
    versionNo: 1,
    submittedAt,
    updatedById: null,
    createdAt: submittedAt,
    statusChangedAt: submittedAt,
    ledgerNo: row.ledgerNo,
    ledgerNote: row.note,
    authorIds,
    version: { itemId: id, no: 1, title: row.title, body: '', createdById: importerId, reason: 'ledger_import', createdAt: submittedAt },
    event: {
      itemId: id,
      actorId: importerId,
      action: 'ledger_import',
      fromStatus: null,
      toStatus: status,
      comment: `从台账导入（编号 ${row.ledgerNo}）`,
      reasonCode: null,
      commentAudience: commentAudienceOf('ledger_import'),
    },
  };
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
