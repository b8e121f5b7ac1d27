import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

/**
 * Units by name anywhere under the committee (the nearest first); new names become units of the committee,
 * in one statement. Inside the caller's transaction (a ledger import).
 */
export async function ensureUnits(manager: EntityManager, committee: { id: string; path: string }, names: string[]): Promise<Map<string, string>> {
  const found = await manager.query<{ id: string; name: string }[]>(
    `SELECT DISTINCT ON (name) id, name FROM organisation WHERE path LIKE $1 AND name = ANY($2::text[]) ORDER BY name, length(path), id`,
    [`${committee.path}%`, names],
  );
  const ids = new Map(found.map((org) => [org.name, org.id]));
  const missing = names.filter((name) => !ids.has(name)).map((name) => ({ name, id: randomUUID() }));
  if (missing.length > 0) {
    await manager.query(
      `INSERT INTO organisation (id, name, kind, parent_id, path, committee_id)
       SELECT id, name, 'unit', $1, $2 || id || '/', $1 FROM unnest($3::uuid[], $4::text[]) AS t(id, name)`,
      [committee.id, committee.path, missing.map((m) => m.id), missing.map((m) => m.name)],
    );
    for (const { name, id } of missing) ids.set(name, id);
  }
  return ids;
}
