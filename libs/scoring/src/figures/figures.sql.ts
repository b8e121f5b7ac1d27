/**
 * 编发: an item is published by its committee on the date of each published issue it is in — the
 * issue's own date (its sign-off date, or the historic date an imported ledger gives it), never the
 * moment it was published in the system. Rows (item_id, published_on). The one definition: the
 * annual figures, their tallies and the 统计通报 all read it.
 */
export const LOCALLY_PUBLISHED_SQL = `SELECT x.item_id, b.date AS published_on
    FROM bulletin_issue_item x JOIN bulletin_issue b ON b.id = x.issue_id WHERE b.status = 'published'`;

/** A period as SQL date expressions: from its first day, until (not including) the day after its last. */
export interface FigurePeriod {
  from: string;
  until: string;
}

/**
 * The figures of one scope over a period, as SQL select items — the one place their definitions are
 * written, for the annual figures (年度统计, of a committee and of each unit) and the 统计通报 of a
 * month, quarter or year alike. `path` is an SQL expression (text) for the scope's organisation path
 * (its subtree counts), `adoptedKinds` one for the adopted kinds (text[]). Items count by their
 * submission in Asia/Shanghai; everything else by its own date (issue, report, event, 批示), so
 * imported and native history are the same rows.
 */
export function periodFigureColumns(path: string, { from, until }: FigurePeriod, adoptedKinds: string): string {
  const items = `SELECT i.id FROM item i JOIN organisation u ON u.id = i.unit_id WHERE u.path LIKE ${path} || '%'`;
  const inPeriod = (column: string) => `${column} >= ${from} AND ${column} < ${until}`;
  const reported = (levels: string) => `(SELECT count(DISTINCT r.item_id) FROM item_report r
      WHERE r.item_id IN (${items}) AND r.level IN (${levels}) AND ${inPeriod('r.reported_on')})::int`;
  const adopted = (levels: string, what = 'DISTINCT e.item_id') => `(SELECT count(${what}) FROM adoption_event e
      WHERE e.item_id IN (${items}) AND e.level IN (${levels}) AND e.kind = ANY(${adoptedKinds}) AND ${inPeriod('e.occurred_on')})::int`;
  const endorsed = (level?: string) => `count(*) ${level ? `FILTER (WHERE l.leader_level = '${level}')` : ''}`;
  const shanghai = (day: string) => `(${day})::timestamp AT TIME ZONE 'Asia/Shanghai'`;
  return `
    (SELECT count(*) FROM item i JOIN organisation u ON u.id = i.unit_id
      WHERE u.path LIKE ${path} || '%' AND i.status <> 'draft'
        AND i.submitted_at >= ${shanghai(from)} AND i.submitted_at < ${shanghai(until)})::int AS collected,
    (SELECT count(DISTINCT p.item_id) FROM (${LOCALLY_PUBLISHED_SQL}) p
      WHERE p.item_id IN (${items}) AND ${inPeriod('p.published_on')})::int AS "locallyPublished",
    ${reported(`'province'`)} AS "reportedProvince",
    ${reported(`'national'`)} AS "reportedNational",
    ${reported(`'province', 'national'`)} AS "reportedUp",
    ${adopted(`'province'`)} AS "adoptedProvince",
    ${adopted(`'national'`)} AS "adoptedNational",
    ${adopted(`'province', 'national'`)} AS "adoptedUp",
    ${adopted(`'province', 'national'`, '*')} AS "adoptionOccurrences",
    (SELECT json_build_object('total', ${endorsed()}, 'city', ${endorsed('city')}, 'province', ${endorsed('province')},
                              'national', ${endorsed('national')}, 'department', ${endorsed('department')})
       FROM leader_instruction l WHERE l.item_id IN (${items}) AND ${inPeriod('l.instructed_on')}) AS endorsements`;
}
