import { EntityManager } from 'typeorm';
import { FactRow, LineDraft } from '../engine/score-item';

/** Advisory lock keys (two-int form): the whole scoring state, and one item. */
export const SCORING_LOCK = 7_700_001;
export const ITEM_SCORE_LOCK = 7_700_002;

/** Writes score lines with one statement (unnest), whatever their number. */
export async function insertLines(manager: EntityManager, lines: readonly LineDraft[]): Promise<void> {
  if (!lines.length) return;
  const col = <K extends keyof LineDraft>(key: K) => lines.map((line) => line[key]);
  await manager.query(
    `INSERT INTO score_line (item_id, subject_type, subject_id, source, source_ref, kind, level, occurred_on, points, rule_set_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::numeric[], $10::uuid[])`,
    [col('itemId'), col('subjectType'), col('subjectId'), col('source'), col('sourceRef'), col('kind'), col('level'), col('occurredOn'), lines.map((l) => l.points.toFixed(3)), col('ruleSetId')],
  );
}

/** Writes item facts with one statement. */
export async function insertFacts(manager: EntityManager, facts: readonly FactRow[]): Promise<void> {
  if (!facts.length) return;
  const col = <K extends keyof FactRow>(key: K) => facts.map((fact) => fact[key]);
  await manager.query(
    `INSERT INTO item_score_fact (item_id, committee_id, unit_id, author_ids, submitted_on, adopted_city, adopted_province, adopted_national, figures)
     SELECT f.item_id, f.committee_id, f.unit_id, ARRAY(SELECT jsonb_array_elements_text(f.author_ids))::uuid[], f.submitted_on,
            f.adopted_city, f.adopted_province, f.adopted_national, f.figures
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::date[], $6::bool[], $7::bool[], $8::bool[], $9::jsonb[])
         AS f(item_id, committee_id, unit_id, author_ids, submitted_on, adopted_city, adopted_province, adopted_national, figures)`,
    [
      col('itemId'),
      col('committeeId'),
      col('unitId'),
      facts.map((f) => JSON.stringify(f.authorIds)),
      col('submittedOn'),
      col('adoptedCity'),
      col('adoptedProvince'),
      col('adoptedNational'),
      facts.map((f) => JSON.stringify(f.figures)),
    ],
  );
}
