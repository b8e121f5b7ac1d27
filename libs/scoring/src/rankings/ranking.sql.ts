import { AdoptionLevelKey } from '@sqmy/contract';
import { rawSql, Sql, sql } from '@sqmy/database';
import { TALLY_ADOPTED_COLUMN } from './adopted-level';
import { SubjectSource } from './ranking-subjects';

/**
 * The ranking statement. One index range of score_tally (grain, subject type, scope path prefix —
 * score_tally_scope_idx) covers the period and the one just before; each subject's rows are summed
 * per period (a custom range sums its months) and ranked per period with rank() on the rounded key,
 * so ties share a rank (1, 2, 2, 4); a month, quarter or year is read as its one row per subject and
 * period, without summing (`summed` false). Names are joined only for the rows around the page (the ties
 * that straddle it included), which they order.
 */
export interface RankingBinds {
  grain: string;
  /** The period's first and last day, and the first day of the period before it. */
  from: string;
  to: string;
  previousFrom: string;
  /** The scope's path as a LIKE pattern (`<path>%`). */
  scopePattern: string;
  /** Rows of the page; null: every row. */
  limit: number | null;
  offset: number;
  /** Only this subject's row (null: the page). */
  subjectId: string | null;
}

export function rankingSql(source: SubjectSource, by: 'score' | 'rate', level: AdoptionLevelKey, summed: boolean, binds: RankingBinds): Sql {
  const { grain, from, to, previousFrom, scopePattern, limit, offset, subjectId } = binds;
  const adopted = TALLY_ADOPTED_COLUMN[level];
  const key = by === 'score' ? 'a.score' : 'round(a.adopted::numeric / a.submitted, 4)';
  const kept = by === 'score' ? 'TRUE' : 'a.submitted > 0';
  // A month, quarter or year is one tally row per subject and period: nothing to sum.
  const figures = summed
    ? `round(sum(t.points), 2) AS score, sum(t.submitted)::int AS submitted, sum(t.${adopted})::int AS adopted`
    : `round(t.points, 2) AS score, t.submitted, t.${adopted} AS adopted`;
  const kind = source.kind ? `JOIN organisation k ON k.id = a.subject_id AND k.kind = '${source.kind}'` : '';
  return sql`
    WITH sums AS (
           SELECT t.subject_id, t.period >= ${from}::date AS current, ${rawSql(figures)}
             FROM score_tally t
            WHERE t.grain = ${grain} AND t.subject_type = ${source.type} AND t.scope_path LIKE ${scopePattern}
              AND t.period BETWEEN ${previousFrom}::date AND ${to}::date
            ${rawSql(summed ? 'GROUP BY t.subject_id, current' : '')}),
         both_periods AS (
           SELECT a.*, rank() OVER (PARTITION BY a.current ORDER BY ${rawSql(key)} DESC) AS rank
             FROM sums a ${rawSql(kind)}
            WHERE ${rawSql(kept)}),
         ranked AS (SELECT subject_id, rank, score, submitted, adopted FROM both_periods WHERE current),
         bounds AS MATERIALIZED (
           SELECT w.lo, w.hi, (SELECT count(*) FROM ranked x WHERE x.rank < w.lo) AS before
             FROM (SELECT min(rank) AS lo, max(rank) AS hi FROM (SELECT rank FROM ranked ORDER BY rank LIMIT ${limit} OFFSET ${offset}) q) w),
         page AS (
           SELECT b.before + row_number() OVER (ORDER BY r.rank, s.name COLLATE "zh-Hans-CN-x-icu", r.subject_id) - 1 AS position,
                  json_build_object(
                    'rank', r.rank, 'previousRank', p.rank, 'change', p.rank - r.rank,
                    'subject', json_build_object('id', r.subject_id, 'name', s.name, 'orgName', s.org_name),
                    'score', r.score, 'submitted', r.submitted, 'adopted', r.adopted,
                    'rate', CASE WHEN r.submitted > 0 THEN round(r.adopted::numeric / r.submitted, 4) END) AS row
             FROM ranked r CROSS JOIN bounds b
             JOIN ${rawSql(source.relation)} s ON s.id = r.subject_id
             LEFT JOIN both_periods p ON p.subject_id = r.subject_id AND NOT p.current
            WHERE CASE WHEN ${subjectId}::uuid IS NULL THEN r.rank BETWEEN b.lo AND b.hi ELSE r.subject_id = ${subjectId}::uuid END)
    SELECT (SELECT count(*)::int FROM ranked) AS total,
           coalesce((SELECT json_agg(row ORDER BY position) FROM page
                      WHERE ${subjectId}::uuid IS NOT NULL OR (position >= ${offset} AND (${limit}::int IS NULL OR position < ${offset} + ${limit}::int))), '[]'::json) AS rows`;
}
