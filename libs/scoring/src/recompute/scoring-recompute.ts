import { DataSource, EntityManager } from 'typeorm';
import { FactRow, FIGURE_KEYS, LineDraft, scoreItem } from '../engine/score-item';
import { loadItemFacts, loadRuleSets } from '../refresh/item-facts.loader';
import { snake } from '../refresh/score-refresh.service';
import { insertFacts, insertLines, SCORING_LOCK } from '../refresh/score-writes';

const BATCH = 4000;

export interface RecomputeTimings {
  items: number;
  lines: number;
  /** Scoring every item and writing lines and facts. */
  scoringMs: number;
  /** Rebuilding score_tally and org_year_tally by GROUP BY. */
  talliesMs: number;
  totalMs: number;
}

/**
 * The full recompute: every score line and fact rebuilt from the events by the same pure scoring
 * the refresh uses (batches of items, one INSERT per batch), then every tally rebuilt by GROUP BY
 * over lines and facts — in one transaction, holding the scoring lock so no refresh interleaves.
 * With `committeeId` only that committee's items are rescored (the tallies are regrouped whole).
 */
export class ScoringRecompute {
  static async recomputeAll(dataSource: DataSource, options: { committeeId?: string | null } = {}): Promise<RecomputeTimings> {
    return dataSource.transaction((manager) => ScoringRecompute.run(manager, options.committeeId ?? null));
  }

  private static async run(manager: EntityManager, committeeId: string | null): Promise<RecomputeTimings> {
    const started = Date.now();
    await manager.query('SELECT pg_advisory_xact_lock($1, 0)', [SCORING_LOCK]);
    if (committeeId) {
      await manager.query('DELETE FROM score_line l USING item i WHERE i.id = l.item_id AND i.committee_id = $1', [committeeId]);
      await manager.query('DELETE FROM item_score_fact WHERE committee_id = $1', [committeeId]);
      // Lines or facts of items gone (or moved) are dropped too.
      await manager.query('DELETE FROM score_line l WHERE NOT EXISTS (SELECT 1 FROM item i WHERE i.id = l.item_id)');
      await manager.query('DELETE FROM item_score_fact f WHERE NOT EXISTS (SELECT 1 FROM item i WHERE i.id = f.item_id)');
    } else {
      await manager.query('TRUNCATE score_line, item_score_fact');
    }
    let items = 0;
    let lineCount = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await manager.query<{ id: string }[]>(
        `SELECT id FROM item WHERE id > $1 AND ($2::uuid IS NULL OR committee_id = $2) ORDER BY id LIMIT $3`,
        [after, committeeId, BATCH],
      );
      if (!batch.length) break;
      after = batch[batch.length - 1].id;
      const facts = await loadItemFacts(manager, batch.map((row) => row.id));
      const rules = await loadRuleSets(manager, facts.map((f) => f.committeeId));
      const lines: LineDraft[] = [];
      const rows: FactRow[] = [];
      for (const item of facts) {
        const score = scoreItem(item, rules.get(item.committeeId) ?? []);
        lines.push(...score.lines);
        if (score.fact) rows.push(score.fact);
      }
      await insertLines(manager, lines);
      await insertFacts(manager, rows);
      items += batch.length;
      lineCount += lines.length;
    }
    const scored = Date.now();
    await rebuildTallies(manager);
    const done = Date.now();
    return { items, lines: lineCount, scoringMs: scored - started, talliesMs: done - scored, totalMs: done - started };
  }
}

/** score_tally and org_year_tally from score_line and item_score_fact: the same rows the refresh keeps by difference. */
async function rebuildTallies(manager: EntityManager): Promise<void> {
  await manager.query('TRUNCATE score_tally, org_year_tally');
  await manager.query(`
    WITH contribution AS (
      SELECT l.subject_type, l.subject_id, l.occurred_on AS day, l.points, 0 AS submitted, 0 AS city, 0 AS province, 0 AS national
        FROM score_line l
      UNION ALL
      SELECT s.subject_type, s.subject_id, f.submitted_on, 0, 1, f.adopted_city::int, f.adopted_province::int, f.adopted_national::int
        FROM item_score_fact f
        CROSS JOIN LATERAL (
          SELECT 'informant' AS subject_type, a AS subject_id FROM unnest(f.author_ids) a
          UNION ALL SELECT 'committee', f.committee_id
          UNION ALL SELECT DISTINCT 'unit', o.unit_id FROM item o WHERE o.merged_into_id = f.item_id
          UNION ALL SELECT 'unit', f.unit_id WHERE NOT EXISTS (SELECT 1 FROM item o WHERE o.merged_into_id = f.item_id)
        ) s
       WHERE f.submitted_on IS NOT NULL
    ), grouped AS (
      SELECT c.subject_type, c.subject_id, g.grain, date_trunc(g.grain, c.day::timestamp)::date AS period,
             sum(c.points) AS points, sum(c.submitted)::int AS submitted, sum(c.city)::int AS city, sum(c.province)::int AS province,
             sum(c.national)::int AS national, sum(greatest(c.province, c.national))::int AS up, sum(greatest(c.city, c.province, c.national))::int AS any
        FROM contribution c CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) g(grain)
       GROUP BY 1, 2, 3, 4
    )
    INSERT INTO score_tally (subject_type, subject_id, grain, period, scope_path, points, submitted, adopted_city, adopted_province, adopted_national, adopted_up, adopted_any)
    SELECT g.subject_type, g.subject_id, g.grain, g.period, coalesce(uo.path, o.path, ''), g.points, g.submitted, g.city, g.province, g.national, g.up, g.any
      FROM grouped g
      LEFT JOIN app_user u ON g.subject_type = 'informant' AND u.id = g.subject_id
      LEFT JOIN organisation uo ON uo.id = u.organisation_id
      LEFT JOIN organisation o ON g.subject_type <> 'informant' AND o.id = g.subject_id
     WHERE g.points <> 0 OR g.submitted <> 0 OR g.city <> 0 OR g.province <> 0 OR g.national <> 0 OR g.up <> 0 OR g.any <> 0`);
  const columns = FIGURE_KEYS.map(snake);
  await manager.query(`
    INSERT INTO org_year_tally (org_id, year, org_path, ${columns.join(', ')})
    SELECT f.unit_id, y.key::int, coalesce(o.path, ''), ${FIGURE_KEYS.map((k) => `sum(coalesce((y.value ->> '${k}')::int, 0))`).join(', ')}
      FROM item_score_fact f
      CROSS JOIN LATERAL jsonb_each(f.figures) y
      LEFT JOIN organisation o ON o.id = f.unit_id
     GROUP BY f.unit_id, y.key, o.path
    HAVING ${FIGURE_KEYS.map((k) => `sum(coalesce((y.value ->> '${k}')::int, 0)) <> 0`).join(' OR ')}`);
}
