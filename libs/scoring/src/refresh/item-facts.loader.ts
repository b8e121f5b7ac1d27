import { LOCALLY_PUBLISHED_SQL } from '../figures/figures.sql';
import { EntityManager } from 'typeorm';
import { DatedRuleTable } from '../engine/rule-table';
import { ItemFacts } from '../engine/score-item';

type Row<T> = T & { item_id: string };

/**
 * Reads the scoring facts of a batch of items in a handful of set-based queries (the refresh and
 * the full recompute both read through here). Items that no longer exist are simply absent.
 */
export async function loadItemFacts(manager: EntityManager, itemIds: readonly string[]): Promise<ItemFacts[]> {
  const ids = [itemIds];
  const q = <T>(sql: string) => manager.query<Row<T>[]>(sql, ids);
  // One after the other: inside a transaction they share one connection.
  const items = await q<{ committee_id: string; unit_id: string; submitted_on: string | null; commissioned: boolean }>(
    `SELECT i.id AS item_id, i.committee_id, i.unit_id, i.commission_id IS NOT NULL AS commissioned,
              CASE WHEN i.status <> 'draft' THEN to_char(i.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') END AS submitted_on
         FROM item i WHERE i.id = ANY($1::uuid[])`,
  );
  const authors = await q<{ user_id: string; member: boolean }>(
    `SELECT a.item_id, a.user_id, coalesce(u.identity = 'member', false) AS member
         FROM item_author a LEFT JOIN app_user u ON u.id = a.user_id WHERE a.item_id = ANY($1::uuid[]) ORDER BY a.item_id, a.position`,
  );
  const originals = await q<{ unit_id: string }>(`SELECT DISTINCT merged_into_id AS item_id, unit_id FROM item WHERE merged_into_id = ANY($1::uuid[]) ORDER BY 1, 2`);
  const adoptions = await q<{ id: string; kind: string; level: string; occurred_on: string }>(
    `SELECT item_id, id::text, kind, level, occurred_on::text FROM adoption_event WHERE item_id = ANY($1::uuid[]) ORDER BY item_id, occurred_on, id`,
  );
  const instructions = await q<{ id: string; leader_level: string; instructed_on: string }>(
    `SELECT item_id, id::text, leader_level, instructed_on::text FROM leader_instruction WHERE item_id = ANY($1::uuid[]) ORDER BY item_id, instructed_on, id`,
  );
  const penalties = await q<{ id: string; found_on: string }>(`SELECT item_id, id::text, found_on::text FROM score_penalty WHERE item_id = ANY($1::uuid[]) ORDER BY item_id, found_on, id`);
  const reports = await q<{ level: string; reported_on: string }>(`SELECT item_id, level, reported_on::text FROM item_report WHERE item_id = ANY($1::uuid[])`);
  const published = await q<{ year: number }>(
    `SELECT DISTINCT p.item_id, extract(year FROM p.published_on)::int AS year FROM (${LOCALLY_PUBLISHED_SQL}) p WHERE p.item_id = ANY($1::uuid[])`,
  );
  const by = <T>(rows: Row<T>[]) => {
    const map = new Map<string, Row<T>[]>();
    for (const row of rows) {
      const list = map.get(row.item_id);
      if (list) list.push(row);
      else map.set(row.item_id, [row]);
    }
    return (id: string) => map.get(id) ?? [];
  };
  const [authorsOf, originalsOf, adoptionsOf, instructionsOf, penaltiesOf, reportsOf, publishedOf] = [
    by(authors),
    by(originals),
    by(adoptions),
    by(instructions),
    by(penalties),
    by(reports),
    by(published),
  ];
  return items.map((item) => ({
    itemId: item.item_id,
    committeeId: item.committee_id,
    unitId: item.unit_id,
    submittedOn: item.submitted_on,
    commissioned: item.commissioned,
    authors: authorsOf(item.item_id).map((a) => ({ userId: a.user_id, member: a.member })),
    originalUnitIds: originalsOf(item.item_id).map((o) => o.unit_id),
    adoptions: adoptionsOf(item.item_id).map((e) => ({ id: e.id, kind: e.kind, level: e.level, occurredOn: e.occurred_on })),
    instructions: instructionsOf(item.item_id).map((e) => ({ id: e.id, leaderLevel: e.leader_level, instructedOn: e.instructed_on })),
    penalties: penaltiesOf(item.item_id).map((p) => ({ id: p.id, foundOn: p.found_on })),
    reports: reportsOf(item.item_id).map((r) => ({ level: r.level, reportedOn: r.reported_on })),
    publishedYears: publishedOf(item.item_id).map((p) => Number(p.year)),
  }));
}

/** The rule sets of the committees, by committee. */
export async function loadRuleSets(manager: EntityManager, committeeIds: readonly string[]): Promise<Map<string, DatedRuleTable[]>> {
  const rows = await manager.query<(DatedRuleTable & { committeeId: string })[]>(
    `SELECT id, committee_id AS "committeeId", valid_from::text AS "validFrom", valid_to::text AS "validTo", points,
            instruction_points AS "instructionPoints", member_bonus::float8 AS "memberBonus", commission_bonus::float8 AS "commissionBonus",
            plagiarism_penalty::float8 AS "plagiarismPenalty", split, lead_share::float8 AS "leadShare", unit_credit::float8 AS "unitCredit",
            merged_author_share::float8 AS "mergedAuthorShare"
       FROM scoring_rule_set WHERE committee_id = ANY($1::uuid[]) ORDER BY valid_from`,
    [[...new Set(committeeIds)]],
  );
  const map = new Map<string, DatedRuleTable[]>();
  for (const row of rows) map.set(row.committeeId, [...(map.get(row.committeeId) ?? []), row]);
  return map;
}
