import { OutcomeIssueRef } from '@sqmy/contract';
import { DataSource, EntityManager } from 'typeorm';

/** What the reads select for an issue (`bi`, joined on the record's bulletin_issue_id) and for its recorder (`cb`). */
export const ISSUE_JSON = `CASE WHEN bi.id IS NULL THEN NULL ELSE json_build_object('id', bi.id, 'kind', bi.kind, 'year', bi.year, 'number', bi.number, 'totalNumber', bi.total_number) END`;
export const CREATED_BY_JSON = `CASE WHEN cb.id IS NULL THEN NULL ELSE json_build_object('id', cb.id, 'name', cb.name) END`;

export interface IssueRow {
  id: string;
  kind: string;
  year: number;
  number: number;
  totalNumber: number | null;
}

/**
 * 2024年第3期（总第45期）, 2024年增刊第1期; an issue imported from a ledger has no 总第 number. The same
 * label libs/bulletins gives (its numberLabel), for the issue rows the outcome reads select in SQL.
 */
export function issueRef(issue: IssueRow | null): OutcomeIssueRef | null {
  if (!issue) return null;
  const total = issue.totalNumber === null ? '' : `（总第${issue.totalNumber}期）`;
  return { id: issue.id, numberLabel: `${issue.year}年${issue.kind === 'supplement' ? '增刊' : ''}第${issue.number}期${total}` };
}

/** Which records a read wants: those of one item, or the given ones. */
export type RecordFilter = { itemId: string } | { ids: string[] };

/** Runs a record read (`select` ends with its FROM clause, the record's table as `alias`) for the filter. */
export function queryRecords<Row>(on: DataSource | EntityManager, select: string, alias: string, idType: 'uuid' | 'bigint', order: string, where: RecordFilter): Promise<Row[]> {
  const condition = 'itemId' in where ? `${alias}.item_id = $1` : `${alias}.id = ANY($1::${idType}[])`;
  return on.query<Row[]>(`${select} WHERE ${condition} ${order}`, ['itemId' in where ? where.itemId : where.ids]);
}
