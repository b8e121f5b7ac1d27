import { AdoptionKind } from '../adoption';

/** Adopted (采用) at a level: these kinds (contract, "Outcomes"); 编发, 批示 and the rest are counted apart. */
export const ADOPTED_KINDS: readonly AdoptionKind[] = [
  AdoptionKind.SingleAdoption,
  AdoptionKind.CompositeAdoption,
  AdoptionKind.Forwarded,
  AdoptionKind.SpecialReport,
];

/**
 * The annual figures of one scope, as SQL select items — the one place their definitions are
 * written, used for a committee's summary and for each unit's row alike. `path` is an SQL
 * expression for the scope's organisation path (its subtree counts); the statement binds
 * $1 = the year, $2 = the adopted kinds. Years are calendar years in Asia/Shanghai; dates
 * (report, event, 批示) are already calendar dates. Imported and native history are the same rows.
 */
export function figureColumns(path: string): string {
  const items = `SELECT i.id FROM item i JOIN organisation u ON u.id = i.unit_id WHERE u.path LIKE ${path} || '%'`;
  const inYear = (column: string) => `${column} >= make_date($1, 1, 1) AND ${column} < make_date($1 + 1, 1, 1)`;
  const reported = (levels: string) => `(SELECT count(DISTINCT r.item_id) FROM item_report r
      WHERE r.item_id IN (${items}) AND r.level IN (${levels}) AND ${inYear('r.reported_on')})::int`;
  const adopted = (levels: string, what = 'DISTINCT e.item_id') => `(SELECT count(${what}) FROM adoption_event e
      WHERE e.item_id IN (${items}) AND e.level IN (${levels}) AND e.kind = ANY($2::text[]) AND ${inYear('e.occurred_on')})::int`;
  const endorsed = (level?: string) => `count(*) ${level ? `FILTER (WHERE l.leader_level = '${level}')` : ''}`;
  return `
    (SELECT count(*) FROM item i JOIN organisation u ON u.id = i.unit_id
      WHERE u.path LIKE ${path} || '%' AND i.status <> 'draft'
        AND i.submitted_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
        AND i.submitted_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai'))::int AS collected,
    (SELECT count(DISTINCT x.item_id) FROM bulletin_issue_item x JOIN bulletin_issue b ON b.id = x.issue_id
      WHERE x.item_id IN (${items}) AND b.status = 'published' AND b.year = $1)::int AS "locallyPublished",
    (SELECT count(*) FROM bulletin_issue b JOIN organisation c ON c.id = b.committee_id
      WHERE c.path LIKE ${path} || '%' AND b.status = 'published' AND b.year = $1)::int AS issues,
    ${reported(`'province'`)} AS "reportedProvince",
    ${reported(`'national'`)} AS "reportedNational",
    ${reported(`'province', 'national'`)} AS "reportedUp",
    ${adopted(`'province'`)} AS "adoptedProvince",
    ${adopted(`'national'`)} AS "adoptedNational",
    ${adopted(`'province', 'national'`)} AS "adoptedUp",
    ${adopted(`'province', 'national'`, '*')} AS "adoptionOccurrences",
    (SELECT json_build_object('total', ${endorsed()}, 'city', ${endorsed('city')}, 'province', ${endorsed('province')},
                              'national', ${endorsed('national')}, 'department', ${endorsed('department')})
       FROM leader_instruction l WHERE l.item_id IN (${items}) AND ${inYear('l.instructed_on')}) AS endorsements`;
}
