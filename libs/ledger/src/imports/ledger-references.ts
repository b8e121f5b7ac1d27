import { AdoptionLevel, LedgerRowError } from '@sqmy/contract';
import { EntityManager } from 'typeorm';
import { IssueRef, LedgerRow } from '../format/ledger-rows';

/** The committee a ledger is imported into. */
export interface LedgerCommittee {
  id: string;
  name: string;
  path: string;
}

export interface LedgerSeries {
  id: string;
  title: string;
  distribution: unknown;
  copies: number;
}

/** An issue the ledger names that the series already has (an imported one: native issues refuse ledger items). */
export interface KnownIssue {
  id: string;
  imported: boolean;
}

export interface LedgerReferences {
  series: LedgerSeries | null;
  /** The first active outlet of each level by position (a ledger's reports go there). */
  outlets: Partial<Record<AdoptionLevel, { id: string; name: string }>>;
  issues: Map<string, KnownIssue>;
  errors: LedgerRowError[];
}

export const issueKey = (ref: IssueRef) => `${ref.year}|${ref.supplement ? 'supplement' : 'regular'}|${ref.number}`;
export const issueLabel = (ref: IssueRef) => `${ref.year}年${ref.supplement ? '增刊' : ''}第${ref.number}期`;

/**
 * What the new rows refer to besides themselves: the committee's first series (by title) for the
 * 期号, its issues already there, the outlets of each level. Every row whose reference cannot be
 * met gets its error; nothing is written here.
 */
export async function resolveReferences(manager: EntityManager, committee: LedgerCommittee, rows: LedgerRow[]): Promise<LedgerReferences> {
  const errors: LedgerRowError[] = [];
  const withIssue = rows.filter((row) => row.issue);
  const [series] = withIssue.length
    ? await manager.query<LedgerSeries[]>(
        `SELECT id, title, default_distribution AS distribution, default_copies AS copies FROM bulletin_series
          WHERE committee_id = $1 ORDER BY title, id LIMIT 1`,
        [committee.id],
      )
    : [];
  if (withIssue.length && !series) {
    for (const row of withIssue) errors.push({ row: row.row, column: '市级编发期号', reason: `${committee.name}还没有刊物，不能导入编发期号（请管理员先建刊物）` });
  }

  const issues = new Map<string, KnownIssue>();
  if (series) {
    const refs = [...new Map(withIssue.map((row) => [issueKey(row.issue!), row.issue!])).values()];
    const found = await manager.query<{ id: string; kind: string; year: number; number: number; imported: boolean }[]>(
      `SELECT i.id, i.kind, i.year, i.number, i.imported FROM bulletin_issue i
         JOIN unnest($2::int[], $3::text[], $4::int[]) AS k(year, kind, number) ON (i.year, i.kind, i.number) = (k.year, k.kind, k.number)
        WHERE i.series_id = $1`,
      [series.id, refs.map((r) => r.year), refs.map((r) => (r.supplement ? 'supplement' : 'regular')), refs.map((r) => r.number)],
    );
    for (const issue of found) issues.set(`${issue.year}|${issue.kind}|${issue.number}`, { id: issue.id, imported: issue.imported });
    for (const row of withIssue) {
      const known = issues.get(issueKey(row.issue!));
      if (known && !known.imported) {
        errors.push({ row: row.row, column: '市级编发期号', reason: `《${series.title}》${issueLabel(row.issue!)}是本系统签发的期刊，不能再编入台账中的稿件` });
      }
    }
  }

  const outlets: LedgerReferences['outlets'] = {};
  const active = await manager.query<{ id: string; name: string; level: AdoptionLevel }[]>(
    `SELECT DISTINCT ON (level) id, name, level FROM outlet WHERE active AND level IN ('province', 'national') ORDER BY level, position, name`,
  );
  for (const outlet of active) outlets[outlet.level] = { id: outlet.id, name: outlet.name };
  for (const row of rows) {
    if (row.reportedProvinceOn && !outlets.province) errors.push({ row: row.row, column: '报送省政协日期', reason: '没有启用的省级报送渠道，请管理员先设置' });
    if (row.reportedNationalOn && !outlets.national) errors.push({ row: row.row, column: '报送全国政协日期', reason: '没有启用的全国报送渠道，请管理员先设置' });
  }
  return { series: series ?? null, outlets, issues, errors };
}

/**
 * The rows whose 编号 the committee already has — as a ledger number, or as the id an export
 * writes for items recorded here — so a second import of a file, or of an export, changes nothing.
 */
export async function existingLedgerNumbers(manager: EntityManager, committee: LedgerCommittee, rows: LedgerRow[]): Promise<Set<string>> {
  const numbers = rows.map((row) => row.ledgerNo);
  const ids = numbers.filter((no) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(no));
  const found = await manager.query<{ no: string }[]>(
    `SELECT ledger_no AS no FROM item WHERE committee_id = $1 AND ledger_no = ANY($2::text[])
     UNION
     SELECT i.id::text FROM item i JOIN organisation u ON u.id = i.unit_id
      WHERE i.id = ANY($3::uuid[]) AND u.path LIKE $4`,
    [committee.id, numbers, ids.map((id) => id.toLowerCase()), `${committee.path}%`],
  );
  return new Set(found.map((row) => row.no));
}
