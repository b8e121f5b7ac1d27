import { Role } from '@sqmy/contract';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** An account that can never sign in with a password (imported authors get one until an admin resets it). */
const NO_PASSWORD = '!ledger-import';

/**
 * People by name within their unit, keyed `unitId|name`; unknown names become informants of the unit, disabled
 * until an admin enables them, in one statement. Inside the caller's transaction (a ledger import).
 */
export async function ensureInformants(manager: EntityManager, wanted: { unitId: string; name: string }[]): Promise<Map<string, string>> {
  const unique = [...new Map(wanted.map((w) => [`${w.unitId}|${w.name}`, w])).values()];
  const found = await manager.query<{ id: string; organisation_id: string; name: string }[]>(
    `SELECT DISTINCT ON (u.organisation_id, u.name) u.id, u.organisation_id, u.name
       FROM app_user u JOIN unnest($1::uuid[], $2::text[]) AS w(org, name) ON (u.organisation_id, u.name) = (w.org, w.name)
      ORDER BY u.organisation_id, u.name, u.active DESC, u.created_at`,
    [unique.map((w) => w.unitId), unique.map((w) => w.name)],
  );
  const ids = new Map(found.map((user) => [`${user.organisation_id}|${user.name}`, user.id]));
  const missing = unique.filter((w) => !ids.has(`${w.unitId}|${w.name}`)).map((w) => ({ ...w, id: randomUUID(), username: `ledger-${randomBytes(6).toString('hex')}` }));
  if (missing.length > 0) {
    await manager.query(
      `INSERT INTO app_user (id, username, name, password_hash, roles, organisation_id, active)
       SELECT id, username, name, $1, $2::text[], org, false FROM unnest($3::uuid[], $4::text[], $5::text[], $6::uuid[]) AS t(id, username, name, org)`,
      [NO_PASSWORD, [Role.Informant], missing.map((m) => m.id), missing.map((m) => m.username), missing.map((m) => m.name), missing.map((m) => m.unitId)],
    );
    for (const m of missing) ids.set(`${m.unitId}|${m.name}`, m.id);
  }
  return ids;
}
