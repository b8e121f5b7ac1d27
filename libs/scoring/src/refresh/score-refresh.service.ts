import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ScoreSubjectType } from '@sqmy/contract';
import { DataSource, EntityManager } from 'typeorm';
import { cohortUnits, TallyDelta, TALLY_VALUE_KEYS } from '../engine/contributions';
import { FactRow, FIGURE_KEYS, LineDraft, scoreItem } from '../engine/score-item';
import { loadItemFacts, loadRuleSets } from './item-facts.loader';
import { insertFacts, insertLines, ITEM_SCORE_LOCK, SCORING_LOCK } from './score-writes';

type StoredLine = Pick<LineDraft, 'itemId' | 'subjectType' | 'subjectId' | 'occurredOn' | 'points'>;

/**
 * The incremental path (job `scoring.refresh-item`): for a batch of items, in one transaction,
 * serialized per item by an advisory lock, it scores their current facts, takes the stored lines
 * and facts away from the tallies and adds the new ones (only the difference is written, rows in
 * key order so two refreshes never deadlock), then replaces the lines and facts. Running it again
 * changes nothing.
 */
@Injectable()
export class ScoreRefreshService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  refresh(itemIds: readonly string[]): Promise<void> {
    return this.dataSource.transaction((manager) => refreshItems(manager, itemIds));
  }
}

export async function refreshItems(manager: EntityManager, itemIds: readonly string[]): Promise<void> {
  const ids = [...new Set(itemIds)].sort();
  if (!ids.length) return;
  await manager.query('SELECT pg_advisory_xact_lock_shared($1, 0)', [SCORING_LOCK]);
  // Item locks in the order of their keys: two refreshes of overlapping batches never wait on each other in a circle.
  await manager.query('SELECT count(pg_advisory_xact_lock($1, k)) FROM (SELECT DISTINCT hashtext(id) AS k FROM unnest($2::text[]) id ORDER BY k) s', [ITEM_SCORE_LOCK, ids]);

  const facts = await loadItemFacts(manager, ids);
  const rules = await loadRuleSets(manager, facts.map((f) => f.committeeId));
  const originals = new Map(facts.map((f) => [f.itemId, f.originalUnitIds]));
  const oldLines = await manager.query<StoredLine[]>(
      `SELECT item_id AS "itemId", subject_type AS "subjectType", subject_id AS "subjectId", occurred_on::text AS "occurredOn", points::float8 AS points
         FROM score_line WHERE item_id = ANY($1::uuid[])`,
    [ids],
  );
  const oldFacts = await manager.query<FactRow[]>(
      `SELECT item_id AS "itemId", committee_id AS "committeeId", unit_id AS "unitId", author_ids::text[] AS "authorIds", submitted_on::text AS "submittedOn",
              adopted_city AS "adoptedCity", adopted_province AS "adoptedProvince", adopted_national AS "adoptedNational", figures
         FROM item_score_fact WHERE item_id = ANY($1::uuid[])`,
    [ids],
  );

  const delta = new TallyDelta();
  delta.add(-1, oldLines, null, []);
  for (const fact of oldFacts) delta.add(-1, [], fact, cohortUnits(fact, originals.get(fact.itemId) ?? []));
  const lines: LineDraft[] = [];
  const newFacts: FactRow[] = [];
  for (const item of facts) {
    const score = scoreItem(item, rules.get(item.committeeId) ?? []);
    lines.push(...score.lines);
    delta.add(1, score.lines, score.fact, cohortUnits(item, item.originalUnitIds));
    if (score.fact) newFacts.push(score.fact);
  }

  await applyTallyDelta(manager, delta);
  await manager.query('DELETE FROM score_line WHERE item_id = ANY($1::uuid[])', [ids]);
  await manager.query('DELETE FROM item_score_fact WHERE item_id = ANY($1::uuid[])', [ids]);
  await insertLines(manager, lines);
  await insertFacts(manager, newFacts);
}

/** Adds the delta to score_tally and org_year_tally in key order, and drops rows left at zero. */
async function applyTallyDelta(manager: EntityManager, delta: TallyDelta): Promise<void> {
  const tallies = delta.changedTallies();
  if (tallies.length) {
    const paths = await subjectPaths(manager, tallies);
    const values = TALLY_VALUE_KEYS.map((k) => tallies.map((t) => (k === 'points' ? (t.values.points / 1000).toFixed(3) : t.values[k])));
    await manager.query(
      `INSERT INTO score_tally (subject_type, subject_id, grain, period, scope_path, points, submitted, adopted_city, adopted_province, adopted_national, adopted_up, adopted_any)
       SELECT subject_type, subject_id, grain, period, scope_path, points, submitted, adopted_city, adopted_province, adopted_national, adopted_up, adopted_any
         FROM unnest($1::text[], $2::uuid[], $3::text[], $4::date[], $5::text[], $6::numeric[], $7::int[], $8::int[], $9::int[], $10::int[], $11::int[], $12::int[])
           WITH ORDINALITY AS d(subject_type, subject_id, grain, period, scope_path, points, submitted, adopted_city, adopted_province, adopted_national, adopted_up, adopted_any, n)
        ORDER BY n
       ON CONFLICT (subject_type, subject_id, grain, period) DO UPDATE SET
         scope_path = excluded.scope_path,
         points = score_tally.points + excluded.points,
         submitted = score_tally.submitted + excluded.submitted,
         adopted_city = score_tally.adopted_city + excluded.adopted_city,
         adopted_province = score_tally.adopted_province + excluded.adopted_province,
         adopted_national = score_tally.adopted_national + excluded.adopted_national,
         adopted_up = score_tally.adopted_up + excluded.adopted_up,
         adopted_any = score_tally.adopted_any + excluded.adopted_any`,
      [tallies.map((t) => t.subjectType), tallies.map((t) => t.subjectId), tallies.map((t) => t.grain), tallies.map((t) => t.period), tallies.map((t) => paths.get(t.subjectId) ?? ''), ...values],
    );
    await manager.query(
      `DELETE FROM score_tally t USING unnest($1::text[], $2::uuid[], $3::text[], $4::date[]) AS d(subject_type, subject_id, grain, period)
        WHERE t.subject_type = d.subject_type AND t.subject_id = d.subject_id AND t.grain = d.grain AND t.period = d.period
          AND t.points = 0 AND t.submitted = 0 AND t.adopted_city = 0 AND t.adopted_province = 0 AND t.adopted_national = 0 AND t.adopted_up = 0 AND t.adopted_any = 0`,
      [tallies.map((t) => t.subjectType), tallies.map((t) => t.subjectId), tallies.map((t) => t.grain), tallies.map((t) => t.period)],
    );
  }
  const figures = delta.changedFigures();
  if (figures.length) {
    const columns = FIGURE_KEYS.map(snake);
    await manager.query(
      `INSERT INTO org_year_tally (org_id, year, org_path, ${columns.join(', ')})
       SELECT d.org_id, d.year, coalesce(o.path, ''), ${columns.map((c) => `d.${c}`).join(', ')}
         FROM unnest($1::uuid[], $2::int[], ${FIGURE_KEYS.map((_, i) => `$${i + 3}::int[]`).join(', ')}) WITH ORDINALITY AS d(org_id, year, ${columns.join(', ')}, n)
         LEFT JOIN organisation o ON o.id = d.org_id
        ORDER BY d.n
       ON CONFLICT (org_id, year) DO UPDATE SET org_path = excluded.org_path, ${columns.map((c) => `${c} = org_year_tally.${c} + excluded.${c}`).join(', ')}`,
      [figures.map((f) => f.orgId), figures.map((f) => f.year), ...FIGURE_KEYS.map((k) => figures.map((f) => f.values[k]))],
    );
    await manager.query(
      `DELETE FROM org_year_tally t USING unnest($1::uuid[], $2::int[]) AS d(org_id, year)
        WHERE t.org_id = d.org_id AND t.year = d.year AND ${columns.map((c) => `t.${c} = 0`).join(' AND ')}`,
      [figures.map((f) => f.orgId), figures.map((f) => f.year)],
    );
  }
}

/** The organisation path of each subject: an informant's organisation, the unit's, the committee's own. */
async function subjectPaths(manager: EntityManager, rows: readonly { subjectType: ScoreSubjectType; subjectId: string }[]): Promise<Map<string, string>> {
  const people = [...new Set(rows.filter((r) => r.subjectType === ScoreSubjectType.Informant).map((r) => r.subjectId))];
  const orgs = [...new Set(rows.filter((r) => r.subjectType !== ScoreSubjectType.Informant).map((r) => r.subjectId))];
  const found = await manager.query<{ id: string; path: string }[]>(
    `SELECT u.id, o.path FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = ANY($1::uuid[])
     UNION ALL SELECT id, path FROM organisation WHERE id = ANY($2::uuid[])`,
    [people, orgs],
  );
  return new Map(found.map((row) => [row.id, row.path]));
}

export const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
