import { Sql, sql } from '@sqmy/database';

/**
 * The annual figures of one scope read from `org_year_tally` (kept item by item with exactly the
 * definitions of figures.sql.ts; test/support/figures-reference.ts states them in plain SQL, the
 * reference the tests and the benchmark compare with), plus the issues, which are not per item and are counted from bulletin_issue.
 *
 * One pass over the scope's units of the year: `org_path LIKE prefix%` with the prefix bound as a
 * parameter, so the (year, org_path text_pattern_ops) index finds them.
 */
export const tallyFiguresSql = (year: number, path: string): Sql => sql`
  WITH t AS (
    SELECT coalesce(sum(collected), 0)::int AS collected, coalesce(sum(locally_published), 0)::int AS "locallyPublished",
           coalesce(sum(reported_province), 0)::int AS "reportedProvince", coalesce(sum(reported_national), 0)::int AS "reportedNational",
           coalesce(sum(reported_up), 0)::int AS "reportedUp", coalesce(sum(adopted_province), 0)::int AS "adoptedProvince",
           coalesce(sum(adopted_national), 0)::int AS "adoptedNational", coalesce(sum(adopted_up), 0)::int AS "adoptedUp",
           coalesce(sum(adoption_occurrences), 0)::int AS "adoptionOccurrences",
           coalesce(sum(endorsements_city), 0)::int AS city, coalesce(sum(endorsements_province), 0)::int AS province,
           coalesce(sum(endorsements_national), 0)::int AS national, coalesce(sum(endorsements_department), 0)::int AS department
      FROM org_year_tally WHERE year = ${year} AND org_path LIKE ${path} || '%'
  )
  SELECT t.collected, t."locallyPublished",
         (SELECT count(*) FROM bulletin_issue b JOIN organisation c ON c.id = b.committee_id
           WHERE c.path LIKE ${path} || '%' AND b.status = 'published' AND b.year = ${year})::int AS issues,
         t."reportedProvince", t."reportedNational", t."reportedUp", t."adoptedProvince", t."adoptedNational", t."adoptedUp",
         t."adoptionOccurrences",
         json_build_object('total', t.city + t.province + t.national + t.department, 'city', t.city, 'province', t.province,
                           'national', t.national, 'department', t.department) AS endorsements
    FROM t`;

/**
 * The units table: for each organisation strictly under the scope, its subtree's submitted, locally
 * published, reported and adopted items of the year, in one grouped pass.
 */
export const tallyUnitsSql = (year: number, path: string): Sql => sql`
  SELECT d.id AS "unitId", d.name AS "unitName",
         coalesce(sum(t.collected), 0)::int AS submitted, coalesce(sum(t.locally_published), 0)::int AS "locallyPublished",
         coalesce(sum(t.reported_up), 0)::int AS "reportedUp", coalesce(sum(t.adopted_up), 0)::int AS "adoptedUp"
    FROM organisation d
    LEFT JOIN org_year_tally t ON t.year = ${year} AND t.org_path LIKE d.path || '%'
   WHERE d.path LIKE ${path} || '%' AND d.path <> ${path}
   GROUP BY d.id, d.name`;
