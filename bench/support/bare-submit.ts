/**
 * The ceiling the submit ratio is measured against on this machine: the API's one-step submit cut down
 * to what no implementation can skip, on bare node:http and pg, in the API's thread. Per request it reads
 * the JSON body, checks the bearer token's session (the API's query; the token's signature is not
 * checked), and writes the item, its author, its first version, its audit event and two outbox rows in
 * one statement, then answers the new row as JSON. No framework, no validation, no logging, no read-back.
 * It shares the machine's two cores with PostgreSQL and the load thread exactly as the API does, so
 * "bare ÷ raw INSERT" is how far any server could get here.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

const SESSION = {
  name: 'bare-session',
  text: `SELECT u.id, o.id AS unit_id, o.committee_id FROM auth_session s
           JOIN app_user u ON u.id = s.user_id JOIN organisation o ON o.id = u.organisation_id
          WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
};
/** Outbox rows go to a queue no worker reads; the benchmark deletes them with the items. */
export const BARE_QUEUE = 'bench-ceiling';
const WRITE = {
  name: 'bare-write',
  text: `WITH item AS (
           INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, status, version_no, version, submitted_at, status_changed_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'submitted', 1, 2, now(), now())
           RETURNING id, title, body, status, version_no, version, submitted_at, updated_at),
         author AS (INSERT INTO item_author (item_id, user_id, position) VALUES ($1, $4, 0)),
         version AS (INSERT INTO item_version (item_id, no, title, body, created_by_id, reason) VALUES ($1, 1, $5, $6, $4, 'submit')),
         event AS (INSERT INTO item_event (item_id, actor_id, action, from_status, to_status, comment_audience) VALUES ($1, $4, 'submit', 'draft', 'submitted', 'author')),
         jobs AS (INSERT INTO outbox_message (queue, job_name, payload) SELECT $7, unnest($8::text[]), unnest($9::jsonb[]))
         SELECT * FROM item`,
};

export async function startBareSubmitServer(databaseUrl: string): Promise<{ baseUrl: string; itemIds: string[]; close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 20, options: '-c jit=off', application_name: 'sqmy-bench-bare' });
  const itemIds: string[] = [];
  const answer = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const { title, body } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { title: string; body: string };
        const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { sid?: string; sub?: string };
        const [who] = (await pool.query({ ...SESSION, values: [claims.sid, claims.sub] })).rows;
        if (!who) return answer(res, 401, { code: 'SESSION_ENDED' });
        const id = randomUUID();
        const jobs = [JSON.stringify({ itemId: id, versionNo: 1 }), JSON.stringify({ itemIds: [id] })];
        const [row] = (await pool.query({ ...WRITE, values: [id, who.committee_id, who.unit_id, who.id, title, body, BARE_QUEUE, ['intake.item', 'scoring.refresh-item'], jobs] })).rows;
        itemIds.push(id);
        answer(res, 201, row);
      } catch (error) {
        answer(res, 500, { message: (error as Error).message });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    itemIds,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
