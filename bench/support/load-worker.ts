/**
 * Load generators, run in a worker thread (see load.ts) so that the clients' own work — HTTP
 * framing, JSON, pg protocol — does not share the event loop of the API they measure.
 * Only node:http and pg here: no Nest, no app code.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { rng, TextGenerator } from './corpus';

/** Wall-clock milliseconds with sub-millisecond precision, comparable across threads. */
export const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SubmitJob {
  kind: 'submit';
  baseUrl: string;
  /** One bearer token per client. */
  tokens: string[];
  /** Every item gets a text of its own, generated from this seed. */
  textSeed: number;
  bodyLength: number;
  warmupMs: number;
  durationMs: number;
  /** Paced mode: items per second over all clients; unset = as fast as they go. */
  ratePerSec?: number;
  /** `one`: POST /items with submit: true; `two`: create a draft, then POST /items/{id}/submit. */
  steps: 'one' | 'two';
  /** Also stamp when each submitted item becomes searchable (its item_search row written). */
  poll?: { databaseUrl: string; intervalMs: number; timeoutMs: number };
}

export interface SubmittedItem {
  id: string;
  /** When the submit's response arrived. */
  submittedAt: number;
  /** The draft's create request (two steps only). */
  createMs: number;
  /** The request that submitted it. */
  submitMs: number;
  /** Inside the measured window (after warm-up). */
  measured: boolean;
  searchableAt?: number;
}

export interface SubmitResult {
  items: SubmittedItem[];
  /** Items and requests completed inside the measured window, and its exact length. */
  windowItems: number;
  windowRequests: number;
  windowMs: number;
  errors: number;
  firstErrors: string[];
  /** Submitted items still not searchable when polling gave up. */
  unsearchable: number;
}

export interface InsertJob {
  kind: 'insert';
  databaseUrl: string;
  clients: number;
  warmupMs: number;
  durationMs: number;
  textSeed: number;
  bodyLength: number;
  committeeId: string;
  unitId: string;
  leadAuthorId: string;
}

export interface InsertResult {
  windowInserts: number;
  /** Including the warm-up. */
  totalInserts: number;
  windowMs: number;
  latenciesMs: number[];
  errors: number;
  firstErrors: string[];
}

export interface PollJob {
  kind: 'poll';
  databaseUrl: string;
  ids: string[];
  intervalMs: number;
  timeoutMs: number;
}

export interface PollResult {
  /** id → when it was first seen searchable. */
  stamps: Record<string, number>;
  startedAt: number;
  missing: number;
}

export interface GetJob {
  kind: 'get';
  baseUrl: string;
  token: string;
  paths: string[];
  concurrency: number;
  /** Stop sending new requests after this long (the answers already asked for are awaited). */
  maxMs?: number;
}

export interface GetResult {
  latenciesMs: number[];
  /** Hits per request (the length of `items` or `rows` in the answer). */
  hits: number[];
  errors: number;
  firstErrors: string[];
}

export type LoadJob = SubmitJob | InsertJob | PollJob | GetJob;

interface HttpAnswer {
  status: number;
  body: unknown;
}

function httpJson(agent: http.Agent, baseUrl: string, method: string, path: string, token: string, payload?: unknown): Promise<HttpAnswer> {
  const url = new URL(path, baseUrl);
  const data = payload === undefined ? undefined : Buffer.from(JSON.stringify(payload));
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        method,
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            /* keep the text */
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(data);
  });
}

class Errors {
  count = 0;
  first: string[] = [];
  add(message: string): void {
    this.count += 1;
    if (this.first.length < 5) this.first.push(message);
  }
}

/** Stamps ids as they become searchable until all are, or the timeout. */
async function pollSearchable(
  client: Client,
  pending: Set<string>,
  stamps: Map<string, number>,
  intervalMs: number,
  keepGoing: () => boolean,
): Promise<void> {
  while (keepGoing()) {
    if (pending.size > 0) {
      const { rows } = await client.query<{ id: string }>('SELECT item_id AS id FROM item_search WHERE item_id = ANY($1::uuid[])', [
        [...pending],
      ]);
      const seen = now();
      for (const { id } of rows) {
        stamps.set(id, seen);
        pending.delete(id);
      }
    }
    await sleep(intervalMs);
  }
}

async function submit(job: SubmitJob): Promise<SubmitResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.tokens.length });
  const errors = new Errors();
  const items: SubmittedItem[] = [];
  const start = now();
  parentPort!.postMessage({ ready: true }); // the measured window is timed from here
  const windowStart = start + job.warmupMs;
  const end = windowStart + job.durationMs;
  let next = 0;
  let windowRequests = 0;
  const texts = new TextGenerator(rng(job.textSeed));

  const pending = new Set<string>();
  const stamps = new Map<string, number>();
  let submitting = true;
  let poller: Promise<void> | undefined;
  let pollClient: Client | undefined;
  if (job.poll) {
    pollClient = new Client({ connectionString: job.poll.databaseUrl, application_name: 'sqmy-bench-poll' });
    await pollClient.connect();
    const deadline = () => end + job.poll!.timeoutMs;
    poller = pollSearchable(pollClient, pending, stamps, job.poll.intervalMs, () => (submitting || pending.size > 0) && now() < deadline());
  }

  const client = async (index: number) => {
    const token = job.tokens[index];
    for (;;) {
      const k = next++;
      if (job.ratePerSec) {
        const slot = start + (k / job.ratePerSec) * 1000;
        if (slot >= end) return;
        if (slot > now()) await sleep(slot - now());
      } else if (now() >= end) return;
      const { title, body } = texts.item(job.bodyLength);
      try {
        const t0 = now();
        const created = await httpJson(agent, job.baseUrl, 'POST', '/api/v1/items', token, { title, body, submit: job.steps === 'one' });
        const t1 = now();
        if (t1 >= windowStart && t1 < end) windowRequests += 1;
        if (created.status !== 201) {
          errors.add(`create ${created.status} ${JSON.stringify(created.body).slice(0, 200)}`);
          continue;
        }
        const id = (created.body as { id: string }).id;
        if (job.steps === 'one') {
          items.push({ id, submittedAt: t1, createMs: 0, submitMs: t1 - t0, measured: t1 >= windowStart && t1 < end });
          if (job.poll) pending.add(id);
          continue;
        }
        const submitted = await httpJson(agent, job.baseUrl, 'POST', `/api/v1/items/${id}/submit`, token);
        const t2 = now();
        if (t2 >= windowStart && t2 < end) windowRequests += 1;
        if (submitted.status !== 200) {
          errors.add(`submit ${submitted.status} ${JSON.stringify(submitted.body).slice(0, 200)}`);
          continue;
        }
        items.push({ id, submittedAt: t2, createMs: t1 - t0, submitMs: t2 - t1, measured: t2 >= windowStart && t2 < end });
        if (job.poll) pending.add(id);
      } catch (error) {
        errors.add(`request failed: ${(error as Error).message}`);
        await sleep(50);
      }
    }
  };
  await Promise.all(job.tokens.map((_, index) => client(index)));
  submitting = false;
  await poller;
  await pollClient?.end();
  agent.destroy();
  for (const item of items) item.searchableAt = stamps.get(item.id);
  return {
    items,
    windowItems: items.filter((i) => i.measured).length,
    windowRequests,
    windowMs: Math.min(now(), end) - windowStart,
    errors: errors.count,
    firstErrors: errors.first,
    unsearchable: job.poll ? pending.size : 0,
  };
}

async function insert(job: InsertJob): Promise<InsertResult> {
  const errors = new Errors();
  const clients = await Promise.all(
    Array.from({ length: job.clients }, async () => {
      const client = new Client({ connectionString: job.databaseUrl, application_name: 'sqmy-bench-raw' });
      await client.connect();
      return client;
    }),
  );
  const start = now();
  parentPort!.postMessage({ ready: true }); // the measured window is timed from here
  const windowStart = start + job.warmupMs;
  const end = windowStart + job.durationMs;
  let windowInserts = 0;
  let totalInserts = 0;
  const texts = new TextGenerator(rng(job.textSeed));
  const latenciesMs: number[] = [];
  // The item row the API's submit writes (ItemsService.create with submit: true), as one autocommitted INSERT.
  const sql = `INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, category_code, topic_id, commission_id, status, version_no, version, submitted_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'submitted', 1, 1, now())`;
  await Promise.all(
    clients.map(async (client) => {
      while (now() < end) {
        const payload = texts.item(job.bodyLength);
        try {
          const t0 = now();
          await client.query(sql, [randomUUID(), job.committeeId, job.unitId, job.leadAuthorId, payload.title, payload.body, null, null, null]);
          const t1 = now();
          totalInserts += 1;
          if (t1 >= windowStart && t1 < end) {
            windowInserts += 1;
            latenciesMs.push(t1 - t0);
          }
        } catch (error) {
          errors.add((error as Error).message);
          await sleep(50);
        }
      }
    }),
  );
  await sleep(1000); // the connections stay a moment, so the benchmark can read their backends' CPU time for the whole window
  await Promise.all(clients.map((client) => client.end()));
  return { windowInserts, totalInserts, windowMs: end - windowStart, latenciesMs, errors: errors.count, firstErrors: errors.first };
}

async function poll(job: PollJob): Promise<PollResult> {
  const client = new Client({ connectionString: job.databaseUrl, application_name: 'sqmy-bench-poll' });
  await client.connect();
  const pending = new Set(job.ids);
  const stamps = new Map<string, number>();
  const startedAt = now();
  parentPort!.postMessage({ ready: true });
  await pollSearchable(client, pending, stamps, job.intervalMs, () => pending.size > 0 && now() < startedAt + job.timeoutMs);
  await client.end();
  return { stamps: Object.fromEntries(stamps), startedAt, missing: pending.size };
}

async function get(job: GetJob): Promise<GetResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const errors = new Errors();
  const latenciesMs: number[] = [];
  const hits: number[] = [];
  let next = 0;
  const stopAt = job.maxMs ? now() + job.maxMs : Number.POSITIVE_INFINITY;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.paths.length && now() < stopAt) {
        const path = job.paths[next++];
        try {
          const t0 = now();
          const answer = await httpJson(agent, job.baseUrl, 'GET', path, job.token);
          const elapsed = now() - t0;
          if (answer.status !== 200) {
            errors.add(`${path} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
            continue;
          }
          latenciesMs.push(elapsed);
          const body = answer.body as { items?: unknown[]; rows?: unknown[] };
          hits.push((body.items ?? body.rows)?.length ?? 0); // a search page's items, a ranking's rows; 0 for other answers
        } catch (error) {
          errors.add(`${path} failed: ${(error as Error).message}`);
        }
      }
    }),
  );
  agent.destroy();
  return { latenciesMs, hits, errors: errors.count, firstErrors: errors.first };
}

async function run(job: LoadJob): Promise<unknown> {
  switch (job.kind) {
    case 'submit':
      return submit(job);
    case 'insert':
      return insert(job);
    case 'poll':
      return poll(job);
    case 'get':
      return get(job);
  }
}

if (parentPort && workerData) {
  run(workerData as LoadJob).then(
    (result) => parentPort!.postMessage({ result }),
    (error: Error) => parentPort!.postMessage({ error: error.stack ?? error.message }),
  );
}
