import { ADOPTION_KIND_LABELS, ADOPTION_LEVEL_LABELS, AdoptionCount, AdoptionKind, AdoptionLevel } from '@sqmy/contract';
import { EntityManager } from 'typeorm';

/** The adoption events (every kind, 编发 included) of the items of a subtree, dated from–to, by level and kind. */
export async function adoptionCounts(manager: EntityManager, path: string, from: string, to: string): Promise<AdoptionCount[]> {
  const rows = await manager.query<{ level: AdoptionLevel; kind: AdoptionKind; count: number }[]>(
    `SELECT e.level, e.kind, count(*)::int AS count
       FROM adoption_event e JOIN item i ON i.id = e.item_id JOIN organisation u ON u.id = i.unit_id
      WHERE u.path LIKE $1 AND e.occurred_on BETWEEN $2::date AND $3::date
      GROUP BY e.level, e.kind ORDER BY e.level, e.kind`,
    [`${path}%`, from, to],
  );
  return rows.map((row) => ({ ...row, levelLabel: ADOPTION_LEVEL_LABELS[row.level] ?? row.level, kindLabel: ADOPTION_KIND_LABELS[row.kind] ?? row.kind }));
}
