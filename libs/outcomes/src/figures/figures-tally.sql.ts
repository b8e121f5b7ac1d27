/**
 * The annual figures of one scope read from `org_year_tally` (kept by libs/scoring, item by item, with
 * exactly the definitions of figures.sql.ts — which stays the reference the tests and the benchmark
 * compare with), plus the issues, which are not per item and are counted from bulletin_issue.
 * `path` is an SQL expression for the scope's organisation path; $1 binds the year.
 */
export function tallyColumns(path: string): string {
  const sum = (column: string) => `coalesce((SELECT sum(t.${column}) FROM org_year_tally t WHERE t.year = $1 AND t.org_path LIKE ${path} || '%'), 0)::int`;
  const endorsements = ['city', 'province', 'national', 'department'].map((level) => `endorsements_${level}`);
  return `
    ${sum('collected')} AS collected,
    ${sum('locally_published')} AS "locallyPublished",
    (SELECT count(*) FROM bulletin_issue b JOIN organisation c ON c.id = b.committee_id
      WHERE c.path LIKE ${path} || '%' AND b.status = 'published' AND b.year = $1)::int AS issues,
    ${sum('reported_province')} AS "reportedProvince",
    ${sum('reported_national')} AS "reportedNational",
    ${sum('reported_up')} AS "reportedUp",
    ${sum('adopted_province')} AS "adoptedProvince",
    ${sum('adopted_national')} AS "adoptedNational",
    ${sum('adopted_up')} AS "adoptedUp",
    ${sum('adoption_occurrences')} AS "adoptionOccurrences",
    json_build_object('total', ${sum(endorsements.join(' + t.'))}, 'city', ${sum(endorsements[0])}, 'province', ${sum(endorsements[1])},
                      'national', ${sum(endorsements[2])}, 'department', ${sum(endorsements[3])}) AS endorsements`;
}
