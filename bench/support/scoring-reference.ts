/**
 * The answers of the rankings and the annual summary computed the plain way, by GROUP BY over the
 * raw tables (item, item_author, adoption_event, leader_instruction, score_penalty, item_report,
 * bulletin_issue…) at request time — what the tallies save. Rankings follow the contract
 * (docs/api-contract.md, "What is scored" and "Rankings") with the default table written out here
 * on purpose: an independent statement of the rules to check the tallies against, not a second
 * scorer of the app. The summary is the app's own reference SQL (test/support/figures-reference.ts).
 */
import { ADOPTED_KINDS } from '@sqmy/contract';
import { figureColumns } from '../../test/support/figures-reference';

/** The default table of the contract ("Rules"): points by kind and level, 批示 by leader level, bonuses. */
export const CONTRACT_DEFAULTS = {
  points: [
    ['compiled', 'city', 2],
    ['single_adoption', 'province', 5],
    ['single_adoption', 'national', 20],
    ['composite_adoption', 'province', 2],
    ['composite_adoption', 'national', 10],
    ['forwarded', 'province', 1],
    ['forwarded', 'national', 5],
    ['special_report', 'province', 8],
    ['special_report', 'national', 20],
    ['proposal', 'city', 3],
    ['proposal', 'province', 3],
    ['proposal', 'national', 3],
    ['department_feedback', 'city', 1],
    ['department_feedback', 'province', 1],
    ['department_feedback', 'national', 1],
    ['media', 'city', 1],
    ['media', 'province', 1],
    ['media', 'national', 1],
  ] as [string, string, number][],
  instructionPoints: { city: 10, province: 20, national: 30, department: 5 },
  memberBonus: 2,
  commissionBonus: 3,
  plagiarismPenalty: 10,
};

export type RankSubject = 'informant' | 'unit' | 'county' | 'committee';
export type RankLevel = 'any' | 'city' | 'province' | 'national' | 'up';

export interface RankingRequest {
  subject: RankSubject;
  orgPath: string;
  by: 'score' | 'rate';
  level: RankLevel;
  /** The period, first day included, last day excluded; and the one of the same length before it. */
  from: string;
  to: string;
  previousFrom: string;
}

export interface RankedRow {
  id: string;
  name: string;
  rank: number;
  previousRank: number | null;
  score: number;
  submitted: number;
  adopted: number;
  rate: number | null;
}

const adoptedAt: Record<RankLevel, string> = {
  city: 'c.ac',
  province: 'c.ap',
  national: 'c.an',
  up: '(c.ap OR c.an)',
  any: '(c.ac OR c.ap OR c.an)',
};

/**
 * The ranking of `subject`s in the subtree of `orgPath` over [from, to) and the previous period
 * [previousFrom, from), straight from the events: every subject with points or submitted items
 * in the period, ranked by score (rounded to 2 decimals) or by 采用率 at `level` (rounded to 4).
 * Binds $1 = orgPath, $2 = from, $3 = to, $4 = previousFrom.
 */
export function rankingSql(request: RankingRequest): { sql: string; params: unknown[] } {
  const { subject, by, level } = request;
  const d = CONTRACT_DEFAULTS;
  const points = d.points.map(([k, l, p]) => `('${k}', '${l}', ${p})`).join(', ');
  const instruction = Object.entries(d.instructionPoints).map(([l, p]) => `('${l}', ${p})`).join(', ');
  const inWindow = (column: string) => `${column} >= $4::date AND ${column} < $3::date`;
  const kindOf: Record<Exclude<RankSubject, 'informant'>, string> = { unit: 'unit', county: 'county', committee: 'city' };
  // Who is credited with an item's points, and with which share; and who counts a submitted item (a combined
  // item: its authors — the originals' — and the distinct units of its originals, in equal parts).
  const credited =
    subject === 'informant'
      ? `SELECT a.user_id AS subject_id, 1.0 / count(*) OVER (PARTITION BY a.item_id) AS share
           FROM item_author a WHERE a.item_id = l.item_id`
      : subject === 'unit'
        ? `SELECT u.unit_id, 1.0 / count(*) OVER () FROM (SELECT DISTINCT o.unit_id FROM item o WHERE o.merged_into_id = l.item_id) u
           UNION ALL
           SELECT i.unit_id, 1.0 FROM item i WHERE i.id = l.item_id AND NOT EXISTS (SELECT 1 FROM item o WHERE o.merged_into_id = i.id)`
        : `SELECT i.committee_id, 1.0 FROM item i WHERE i.id = l.item_id`;
  const counted =
    subject === 'informant'
      ? `SELECT a.user_id AS subject_id FROM item_author a WHERE a.item_id = c.id`
      : subject === 'unit'
        ? `SELECT DISTINCT o.unit_id FROM item o WHERE o.merged_into_id = c.id
           UNION ALL
           SELECT c.unit_id WHERE NOT EXISTS (SELECT 1 FROM item o WHERE o.merged_into_id = c.id)`
        : `SELECT c.committee_id`;
  const inScope =
    subject === 'informant'
      ? `SELECT u.id, u.name FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE o.path LIKE $1 || '%'`
      : `SELECT o.id, o.name FROM organisation o WHERE o.kind = '${kindOf[subject]}' AND o.path LIKE $1 || '%'`;
  const memberBonus =
    subject === 'informant'
      ? `UNION ALL
         SELECT a.user_id, f.first_on, ${d.memberBonus}::numeric
           FROM first_event f JOIN item_author a ON a.item_id = f.item_id JOIN app_user u ON u.id = a.user_id AND u.identity = 'member'
          WHERE ${inWindow('f.first_on')}`
      : '';
  const rateOrder = `round(t.adopted::numeric / t.submitted, 4)`;
  // The items that can credit a subject of the scope: written by its informants, of its units (a combined item
  // through its originals' units), or of its committees.
  const scopeItems =
    subject === 'informant'
      ? `SELECT DISTINCT a.item_id AS id FROM item_author a JOIN scope s ON s.id = a.user_id`
      : subject === 'unit'
        ? `SELECT i.id FROM item i JOIN scope s ON s.id = i.unit_id
           UNION SELECT o.merged_into_id FROM item o JOIN scope s ON s.id = o.unit_id WHERE o.merged_into_id IS NOT NULL`
        : `SELECT i.id FROM item i JOIN scope s ON s.id = i.committee_id`;
  const sql = `
    WITH pts(kind, level, points) AS (VALUES ${points}),
    ipts(level, points) AS (VALUES ${instruction}),
    scope AS MATERIALIZED (${inScope}),
    scope_item AS MATERIALIZED (${scopeItems}),
    scoring_event AS MATERIALIZED (
      SELECT e.item_id, e.occurred_on AS on_date, p.points::numeric AS points
        FROM scope_item si JOIN adoption_event e ON e.item_id = si.id JOIN pts p ON p.kind = e.kind AND p.level = e.level
      UNION ALL
      SELECT l.item_id, l.instructed_on, p.points
        FROM scope_item si JOIN leader_instruction l ON l.item_id = si.id JOIN ipts p ON p.level = l.leader_level),
    first_event AS (SELECT item_id, min(on_date) AS first_on FROM scoring_event GROUP BY item_id),
    item_line AS (
      SELECT item_id, on_date, points FROM scoring_event WHERE ${inWindow('on_date')}
      UNION ALL
      SELECT p.item_id, p.found_on, -${d.plagiarismPenalty}::numeric FROM scope_item si JOIN score_penalty p ON p.item_id = si.id
       WHERE ${inWindow('p.found_on')}
      UNION ALL
      SELECT f.item_id, f.first_on, ${d.commissionBonus}::numeric
        FROM first_event f JOIN item i ON i.id = f.item_id WHERE i.commission_id IS NOT NULL AND ${inWindow('f.first_on')}),
    line AS (
      SELECT s.subject_id, l.on_date, round(l.points * s.share, 3) AS points
        FROM item_line l CROSS JOIN LATERAL (${credited}) s(subject_id, share)
      ${memberBonus}),
    cohort AS (
      SELECT c.*, (c.submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS on_date,
             EXISTS (SELECT 1 FROM adoption_event e WHERE e.item_id = c.id AND e.level = 'city'
                        AND (e.kind = 'compiled' OR e.kind = ANY($5::text[]))) AS ac,
             EXISTS (SELECT 1 FROM adoption_event e WHERE e.item_id = c.id AND e.level = 'province' AND e.kind = ANY($5::text[])) AS ap,
             EXISTS (SELECT 1 FROM adoption_event e WHERE e.item_id = c.id AND e.level = 'national' AND e.kind = ANY($5::text[])) AS an
        FROM scope_item si JOIN item c ON c.id = si.id
       WHERE c.status <> 'draft' AND c.submitted_at >= $4::date::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND c.submitted_at < $3::date::timestamp AT TIME ZONE 'Asia/Shanghai'),
    per AS (
      SELECT l.subject_id, l.on_date >= $2::date AS cur, l.points, 0 AS submitted, 0 AS adopted FROM line l
      UNION ALL
      SELECT s.subject_id, c.on_date >= $2::date, 0, 1, (${adoptedAt[level]})::int
        FROM cohort c CROSS JOIN LATERAL (${counted}) s(subject_id)),
    tally AS (
      SELECT p.subject_id AS id, sc.name, p.cur, sum(p.points) AS score, sum(p.submitted)::int AS submitted, sum(p.adopted)::int AS adopted
        FROM per p JOIN scope sc ON sc.id = p.subject_id GROUP BY p.subject_id, sc.name, p.cur),
    ranked AS (
      SELECT t.*, round(t.score, 2) AS score2, CASE WHEN t.submitted > 0 THEN ${rateOrder} END AS rate,
             rank() OVER (PARTITION BY t.cur ORDER BY ${by === 'score' ? 'round(t.score, 2)' : rateOrder} DESC) AS rank
        FROM tally t ${by === 'rate' ? 'WHERE t.submitted > 0' : ''})
    SELECT c.id, c.name, c.rank::int, p.rank::int AS "previousRank", c.score2::float8 AS score, c.submitted, c.adopted, c.rate::float8 AS rate
      FROM ranked c LEFT JOIN ranked p ON p.id = c.id AND NOT p.cur
     WHERE c.cur
     ORDER BY c.rank, c.name`;
  return { sql, params: [request.orgPath, request.from, request.to, request.previousFrom, ADOPTED_KINDS] };
}

/** The annual figures of one org as FiguresService computed them before the tallies: $1 year, $2 adopted kinds, $3 org. */
export function summarySql(orgId: string, year: number): { sql: string; params: unknown[] } {
  return { sql: `SELECT o.id, o.name, o.kind, ${figureColumns('o.path')} FROM organisation o WHERE o.id = $3`, params: [year, ADOPTED_KINDS, orgId] };
}
