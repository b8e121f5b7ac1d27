import { AdoptionLevelKey } from '@sqmy/contract';
import { TALLY_ADOPTED_COLUMN } from './adopted-level';
import { SubjectSource } from './ranking-subjects';

/**
 * The ranking statement. One index range of score_tally (grain, subject type, scope path prefix —
 * score_tally_scope_idx) covers the period and the one just before; each subject's rows are summed
 * per period (a custom range sums its months) and ranked per period with rank() on the rounded key,
 * so ties share a rank (1, 2, 2, 4); a month, quarter or year is read as its one row per subject and
 * period, without summing (`summed` false). Names are joined only for the rows around the page (the ties
 * that straddle it included), which they order. Binds: $1 grain, $2 subject type, $3/$4 the
 * period's first and last day, $5 the previous period's first day, $6 the scope path pattern,
 * $7 limit (null: all), $8 offset, $9 one subject only (null: the page).
 */
export function rankingSql(source: SubjectSource, by: 'score' | 'rate', level: AdoptionLevelKey, summed: boolean): string {
  const adopted = TALLY_ADOPTED_COLUMN[level];
  const key = by === 'score' ? 'a.score' : 'round(a.adopted::numeric / a.submitted, 4)';
  const kept = by === 'score' ? 'TRUE' : 'a.submitted > 0';
  // A month, quarter or year is one tally row per subject and period: nothing to sum.
  const figures = summed
    ? `round(sum(t.points), 2) AS score, sum(t.submitted)::int AS submitted, sum(t.${adopted})::int AS adopted`
    : `round(t.points, 2) AS score, t.submitted, t.${adopted} AS adopted`;
  const kind = source.kind ? `JOIN organisation k ON k.id = a.subject_id AND k.kind = '${source.kind}'` : '';
  return `
    WITH sums AS (
           SELECT t.subject_id, t.period >= $3::date AS current, ${figures}
             FROM score_tally t
            WHERE t.grain = $1 AND t.subject_type = $2 AND t.scope_path LIKE $6 AND t.period BETWEEN $5::date AND $4::date
            ${summed ? 'GROUP BY t.subject_id, current' : ''}),
         both_periods AS (
           SELECT a.*, rank() OVER (PARTITION BY a.current ORDER BY ${key} DESC) AS rank
             FROM sums a ${kind}
            WHERE ${kept}),
         ranked AS (SELECT subject_id, rank, score, submitted, adopted FROM both_periods WHERE current),
         bounds AS MATERIALIZED (
           SELECT w.lo, w.hi, (SELECT count(*) FROM ranked x WHERE x.rank < w.lo) AS before
             FROM (SELECT min(rank) AS lo, max(rank) AS hi FROM (SELECT rank FROM ranked ORDER BY rank LIMIT $7 OFFSET $8) q) w),
         page AS (
           SELECT b.before + row_number() OVER (ORDER BY r.rank, s.name COLLATE "zh-Hans-CN-x-icu", r.subject_id) - 1 AS position,
                  json_build_object(
                    'rank', r.rank, 'previousRank', p.rank, 'change', p.rank - r.rank,
                    'subject', json_build_object('id', r.subject_id, 'name', s.name, 'orgName', s.org_name),
                    'score', r.score, 'submitted', r.submitted, 'adopted', r.adopted,
                    'rate', CASE WHEN r.submitted > 0 THEN round(r.adopted::numeric / r.submitted, 4) END) AS row
             FROM ranked r CROSS JOIN bounds b
             JOIN ${source.relation} s ON s.id = r.subject_id
             LEFT JOIN both_periods p ON p.subject_id = r.subject_id AND NOT p.current
            WHERE CASE WHEN $9::uuid IS NULL THEN r.rank BETWEEN b.lo AND b.hi ELSE r.subject_id = $9::uuid END)
    SELECT (SELECT count(*)::int FROM ranked) AS total,
           coalesce((SELECT json_agg(row ORDER BY position) FROM page
                      WHERE $9::uuid IS NOT NULL OR (position >= $8 AND ($7::int IS NULL OR position < $8 + $7))), '[]'::json) AS rows`;
}
