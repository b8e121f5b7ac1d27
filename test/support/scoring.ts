import { refreshItems } from '@sqmy/scoring';
import { drainJobs } from './jobs';
import { TestApp } from './test-app';

/**
 * Waits until the scoring jobs the API wrote through the outbox are done, then refreshes every item
 * once more through the same incremental path — for fixtures that wrote events with plain SQL,
 * behind the API's back. Tallies and the figures read from them are then up to date.
 */
export async function settleScores(t: TestApp, timeoutMs = 180_000): Promise<void> {
  await drainJobs(t, timeoutMs);
  const ids = (await t.dataSource.query<{ id: string }[]>('SELECT id FROM item ORDER BY id')).map((row) => row.id);
  for (let i = 0; i < ids.length; i += 2000) {
    await t.dataSource.transaction((manager) => refreshItems(manager, ids.slice(i, i + 2000)));
  }
}

/** Every row of the scoring tables, in a stable order: what the incremental path and the full recompute must agree on. */
export async function scoringSnapshot(t: TestApp) {
  const q = (sql: string) => t.dataSource.query<Record<string, unknown>[]>(sql);
  return {
    tallies: await q(`SELECT subject_type, subject_id, grain, period::text, scope_path, points::text, submitted, adopted_city, adopted_province, adopted_national, adopted_up, adopted_any
                        FROM score_tally ORDER BY subject_type, subject_id, grain, period`),
    lines: await q(`SELECT item_id, subject_type, subject_id, source, source_ref, kind, level, occurred_on::text, points::text, rule_set_id
                      FROM score_line ORDER BY item_id, subject_type, subject_id, source, source_ref, kind, occurred_on, points`),
    facts: await q(`SELECT item_id, committee_id, unit_id, author_ids::text, submitted_on::text, adopted_city, adopted_province, adopted_national, figures
                      FROM item_score_fact ORDER BY item_id`),
    orgYears: await q('SELECT * FROM org_year_tally ORDER BY org_id, year'),
  };
}
