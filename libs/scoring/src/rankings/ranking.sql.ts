import { AdoptionLevelKey, TALLY_ADOPTED_COLUMN } from './adopted-level';
import { SubjectSource } from './ranking-subjects';

/**
 * The ranking statement: one pass over score_tally for the period and one for the previous period,
 * each filtered by (grain, subject type, period, scope path) — the columns of
 * score_tally_scope_idx — then summed per subject (a custom range sums its months), joined to the
 * subjects for names and kind, and ranked with rank() on the rounded key: ties share a rank
 * (1, 2, 2, 4) and names order them. Binds: $1 grain, $2 subject type, $3/$4 the period's first and
 * last day, $5/$6 the previous period's, $7 the scope path prefix pattern, $8 limit (null: all),
 * $9 offset, $10 one subject only (null: every subject).
 */
export function rankingSql(source: SubjectSource, by: 'score' | 'rate', level: AdoptionLevelKey): string {
  const adopted = TALLY_ADOPTED_COLUMN[level];
  const tallies = (from: string, to: string) => `
    SELECT t.subject_id, round(sum(t.points), 2) AS score, sum(t.submitted)::int AS submitted, sum(t.${adopted})::int AS adopted
      FROM score_tally t
     WHERE t.grain = $1 AND t.subject_type = $2 AND t.period BETWEEN ${from}::date AND ${to}::date AND t.scope_path LIKE $7
     GROUP BY t.subject_id`;
  const key = by === 'score' ? 'a.score' : 'round(a.adopted::numeric / a.submitted, 4)';
  const kept = by === 'score' ? 'TRUE' : 'a.submitted > 0';
  const ranked = (relation: string) => `
    SELECT a.*, s.name, s.org_name, rank() OVER (ORDER BY ${key} DESC) AS rank
      FROM ${relation} a JOIN ${source.relation} s ON s.id = a.subject_id
     WHERE ${kept}`;
  return `
    WITH cur AS (${tallies('$3', '$4')}),
         prev AS (${tallies('$5', '$6')}),
         ranked AS (${ranked('cur')}),
         prev_ranked AS (${ranked('prev')}),
         page AS (
           SELECT row_number() OVER (ORDER BY r.rank, r.name COLLATE "zh-Hans-CN-x-icu", r.subject_id) AS n,
                  json_build_object(
                    'rank', r.rank, 'previousRank', p.rank, 'change', p.rank - r.rank,
                    'subject', json_build_object('id', r.subject_id, 'name', r.name, 'orgName', r.org_name),
                    'score', r.score, 'submitted', r.submitted, 'adopted', r.adopted,
                    'rate', CASE WHEN r.submitted > 0 THEN round(r.adopted::numeric / r.submitted, 4) END) AS row
             FROM ranked r LEFT JOIN prev_ranked p ON p.subject_id = r.subject_id
            WHERE $10::uuid IS NULL OR r.subject_id = $10::uuid
            ORDER BY n
            LIMIT $8 OFFSET $9)
    SELECT (SELECT count(*)::int FROM ranked) AS total,
           coalesce((SELECT json_agg(row ORDER BY n) FROM page), '[]'::json) AS rows`;
}
