/**
 * Intake benchmark. Seeds its own data, then measures in one run:
 *  1. authenticated submit (POST /items with submit: true; BENCH_SUBMIT_STEPS=two: POST /items, then
 *     POST /items/{id}/submit) at 16 concurrent clients, against the same submit on a bare
 *     node:http + pg server (support/bare-submit.ts: session check and one statement, no framework)
 *     and their ratio, the target; and the raw single-row INSERT rate of the same row with `pg` at
 *     the same concurrency (the retired target compared with it: no server reaches half of it here);
 *  2. the intake drain rate (segmentation + SimHash + near-duplicate lookup) and the time from a
 *     submit's response to the item being searchable;
 *  3. with BENCH_ITEMS (default 1,000,000) items in the table: the near-duplicate lookup p95 and
 *     the search p95.
 * Prints a table, writes it to bench/results/intake.json, and cleans up (database, Redis keys,
 * servers) also on error or Ctrl-C. Figures are ratios and percentiles of this run: informational,
 * the script exits 0 unless something crashed.
 *
 *   npm run bench:intake                      # the full run
 *   BENCH_ITEMS=50000 npm run bench:intake    # a quick one
 *   BENCH_KEEP_DB=1 npm run bench:intake      # keeps the database (sqmy_bench_*) for experiments; drop it after
 */
import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { bands, fromSignedInt64, segmentQuery } from '@sqmy/text';
import { randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { bulkLoad, BulkLoadResult } from './support/bulk-load';
import { benchDatabase, elapsedSeconds, envInt, fmt, httpJson, log, onCleanup, runBenchmark, startApi } from './support/harness';
import { rng, searchQueries } from './support/corpus';
import { relevancePage } from '../libs/items/src/items/item-search.service';
import { BARE_QUEUE, startBareSubmitServer } from './support/bare-submit';
import { runLoad, startLoad } from './support/load';
import type { SubmitResult } from './support/load-worker';
import { cpuBusyShare, cpuReading, cpuTimeMs, percentile, round, summarize } from './support/stats';

// ── configuration ────────────────────────────────────────────────────────────────────────────
const CONFIG = {
  items: envInt('BENCH_ITEMS', 1_000_000),
  clients: envInt('BENCH_CLIENTS', 16),
  submitSeconds: envInt('BENCH_SECONDS', 15),
  rounds: Math.max(1, envInt('BENCH_ROUNDS', 3)),
  warmupSeconds: envInt('BENCH_WARMUP_SECONDS', 3),
  latencySeconds: envInt('BENCH_LATENCY_SECONDS', 10),
  bodyLength: envInt('BENCH_BODY_CHARS', 1_500),
  lookups: envInt('BENCH_LOOKUPS', 500),
  searches: envInt('BENCH_SEARCHES', 300),
  searchConcurrency: envInt('BENCH_SEARCH_CONCURRENCY', 4),
  directSearches: envInt('BENCH_DIRECT_SEARCHES', 30),
  /** Time caps for the search phases (HTTP; direct SQL), so that a slow search cannot stretch the run without end. */
  searchSeconds: envInt('BENCH_SEARCH_SECONDS', 330),
  directSearchSeconds: envInt('BENCH_DIRECT_SEARCH_SECONDS', 60),
  batchSize: envInt('BENCH_BATCH', 20_000),
  /** `one`: the informant's one-step submit (POST /items with submit: true); `two`: draft, then submit. */
  submitSteps: process.env.BENCH_SUBMIT_STEPS === 'two' ? ('two' as const) : ('one' as const),
  profile: process.env.BENCH_PROFILE === '1',
  /** Keep the database at the end (for experiments on the loaded table); it is dropped otherwise. */
  keepDb: process.env.BENCH_KEEP_DB === '1',
  seed: envInt('BENCH_SEED', randomInt(1, 2 ** 31)),
  serverUrl: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redisUrl: process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
};
const TARGETS = { bareRatio: 0.5, lookupP95Ms: 20, searchP95Ms: 100 };
const ROOT = resolve(__dirname, '..');
const RESULTS = resolve(__dirname, 'results/intake.json');
const PASSWORD = 'Bench2026pw';

// ── helpers ──────────────────────────────────────────────────────────────────────────────────
const signIn = async (baseUrl: string, username: string, password: string) =>
  (await httpJson<{ accessToken: string }>(baseUrl, 'POST', '/api/v1/auth/login', null, { username, password })).accessToken;

/**
 * Counts the statements the app sends: node-postgres's Client#query, patched in this process
 * before the app loads (the app's TypeORM pool uses the same module). Only while \`counting\`.
 */
const statements = { counting: false, count: 0 };
{
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    if (statements.counting) statements.count += 1;
    return query.apply(this, args);
  };
}

/** Per-database counters, to count what one submitted item costs PostgreSQL. */
async function dbCounters(client: Client): Promise<Record<string, number>> {
  const { rows } = await client.query(
    'SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()',
  );
  return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
}

/** CPU milliseconds used so far by each PostgreSQL backend serving this database, other than `client`'s own. */
async function backendCpuMs(client: Client): Promise<Map<number, number | null>> {
  const { rows } = await client.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
  );
  return new Map(rows.map((row) => [row.pid, cpuTimeMs(row.pid)]));
}

/** CPU used during a measured window: by the API's main thread, and by the PostgreSQL backends there all through it. */
async function cpuWindow(client: Client, ms: number): Promise<{ apiMs: number | null; postgresMs: number | null }> {
  const api0 = cpuTimeMs(process.pid);
  const pg0 = await backendCpuMs(client);
  await new Promise((r) => setTimeout(r, ms));
  const api1 = cpuTimeMs(process.pid);
  const pg1 = await backendCpuMs(client);
  let postgresMs: number | null = 0;
  for (const [pid, before] of pg0) {
    const after = pg1.get(pid);
    if (after === undefined) continue; // ended inside the window
    postgresMs = before === null || after === null || postgresMs === null ? null : postgresMs + after - before;
  }
  return { apiMs: api0 === null || api1 === null ? null : api1 - api0, postgresMs };
}

/**
 * The near-duplicate SELECT exactly as the intake runs it, read from its source so that the
 * benchmark follows the app (the copy below is the fallback, with a warning).
 */
function nearDuplicateQuery(): { sql: string; distance: number; fromSource: boolean } {
  const fallback = `SELECT other.id, bit_count(int8send(other.simhash # me.simhash))::int AS distance
         FROM item me JOIN item other ON other.committee_id = me.committee_id AND other.id <> me.id
        WHERE me.id = $1
          AND other.simhash_bands && me.simhash_bands
          AND other.status <> 'draft'
          AND other.submitted_at > now() - interval '3 years'
          AND bit_count(int8send(other.simhash # me.simhash)) <= $2`;
  try {
    const source = readFileSync(resolve(ROOT, 'libs/items/src/intake/intake.service.ts'), 'utf8');
    const lookback = /const LOOKBACK = '([^']+)'/.exec(source)?.[1];
    const distance = Number(/export const NEAR_DUPLICATE_DISTANCE = (\d+)/.exec(source)?.[1]);
    const template = /`(SELECT other\.id[\s\S]*?)`/.exec(source)?.[1];
    if (!lookback || !template || !Number.isInteger(distance)) throw new Error('query not found');
    return { sql: template.replace(/\$\{LOOKBACK\}/g, lookback), distance, fromSource: true };
  } catch (error) {
    log(`WARNING: could not read the near-duplicate query from intake.service.ts (${(error as Error).message}); using the copy in the benchmark`);
    return { sql: fallback, distance: 3, fromSource: false };
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where the API thread's time went, two ways: by the function on top of the stack (self time),
 * and by the package that asked for it — the nearest frame on the stack that is library or app
 * code, so a socket write made by pg counts for pg, one made by express for express.
 */
class ProfileTally {
  readonly self = new Map<string, number>();
  readonly byPackage = new Map<string, number>();
  total = 0;

  add(profile: CpuProfile): void {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const ours = new Set<number>();
    const isOurs = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.url.includes('/bench/')) return true;
      return false;
    };
    profile.samples.forEach((id) => isOurs(id) && ours.add(id));
    profile.samples.forEach((id, i) => {
      if (ours.has(id)) return; // the profiler's own start and stop
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const key = `${functionName || '(anonymous)'} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`.trim();
      this.self.set(key, (this.self.get(key) ?? 0) + dt);
      let owner: string | undefined;
      for (let at: number | undefined = id; at !== undefined && !owner; at = parent.get(at)) owner = packageOf(byId.get(at)!.callFrame.url);
      const name = functionName.startsWith('(') ? functionName : (owner ?? 'node internals');
      this.byPackage.set(name, (this.byPackage.get(name) ?? 0) + dt);
      this.total += dt;
    });
  }

  top(map: Map<string, number>, count: number): { name: string; ms: number; share: number }[] {
    return [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms: round(ms), share: round((100 * ms) / this.total) }));
  }
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(`${ROOT}/`, '');

function packageOf(url: string): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^file:\/\//, '');
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (module) return module;
  if (path.startsWith(`${ROOT}/`)) {
    const [area, name] = path.slice(ROOT.length + 1).split('/');
    return `app ${area}/${name}`;
  }
  return undefined; // node: internals — keep walking up to who called them
}

// ── the run ──────────────────────────────────────────────────────────────────────────────────
interface Row {
  metric: string;
  value: string;
  target: string;
  result: 'pass' | 'FAIL' | '';
}

async function main(): Promise<void> {
  log(`intake benchmark: ${fmt(CONFIG.items)} items, ${CONFIG.clients} clients, ${CONFIG.submitSeconds} s per throughput phase, seed ${CONFIG.seed}`);
  log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);

  // Database of our own, migrated; the API, as test/support/test-app.ts starts it (the worker comes later, for the drain phase).
  const { name: dbName, url: dbUrl, pgVersion } = await benchDatabase(CONFIG.serverUrl, CONFIG.keepDb);
  log(`database ${dbName} migrated (PostgreSQL ${pgVersion})`);
  const { app, baseUrl } = await startApi(dbUrl, CONFIG.redisUrl, { OUTBOX_POLL_MS: '20' });
  const { seedDemoCommittee } = await import('@sqmy/accounts');
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const db = new Client({ connectionString: dbUrl, application_name: 'sqmy-bench' });
  await db.connect();
  onCleanup('bench connection', () => db.end());
  log(`API listening on ${baseUrl}`);

  // The demo committee and 16 informants of 民盟晋中市委会, created through the API.
  const demo = (await seedDemoCommittee(dataSource))!;
  const committeeId = demo.organisations['晋中市政协'];
  const unitId = demo.organisations['民盟晋中市委会'];
  const admin = await signIn(baseUrl, 'admin', demo.accounts.admin.password);
  const informants: { id: string; token: string }[] = [];
  for (let i = 1; i <= CONFIG.clients; i++) {
    const username = `bench${String(i).padStart(2, '0')}`;
    const user = await httpJson<{ id: string }>(
      baseUrl,
      'POST',
      '/api/v1/users',
      admin,
      { username, name: `压测信息员${i}`, password: PASSWORD, roles: ['informant'], orgId: unitId, identity: 'special_informant' },
      201,
    );
    informants.push({ id: user.id, token: await signIn(baseUrl, username, PASSWORD) });
  }
  log(`demo committee seeded, ${informants.length} informants signed in`);

  // ── 1. submit through the API vs raw INSERT: interleaved rounds, so background load on a shared machine hits both alike ──
  const rounds = CONFIG.rounds;
  const segmentMs = Math.round((CONFIG.submitSeconds * 1000) / rounds);
  log(
    `throughput: ${rounds} rounds of raw INSERT, API submit, then the bare ceiling, each ${CONFIG.warmupSeconds} s warm-up + ${round(segmentMs / 1000)} s measured, ` +
      `${CONFIG.clients} clients (the worker is not running yet) …`,
  );
  const bare = await startBareSubmitServer(dbUrl);
  const bareRounds: { items: number; ms: number; errors: number }[] = [];
  let bareTotal = 0;
  const tally = new ProfileTally();
  let session: Session | undefined;
  if (CONFIG.profile) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
  }
  let rawInserts = 0;
  let rawTotal = 0;
  let rawMs = 0;
  const rawLatencies: number[] = [];
  let rawErrors = 0;
  const submits: SubmitResult[] = [];
  let eluActive = 0;
  let eluTotal = 0;
  const cpuShares: number[] = [];
  let statementCount = 0;
  const cpuUsed: Record<'rawPostgresMs' | 'apiMs' | 'apiPostgresMs', number | null> = { rawPostgresMs: 0, apiMs: 0, apiPostgresMs: 0 };
  const add = (sum: number | null, value: number | null) => (sum === null || value === null ? null : sum + value);
  const countersBefore = await dbCounters(db);
  for (let round_ = 1; round_ <= rounds; round_++) {
    const rawLoad = startLoad({
      kind: 'insert',
      databaseUrl: dbUrl,
      clients: CONFIG.clients,
      warmupMs: CONFIG.warmupSeconds * 1000,
      durationMs: segmentMs,
      textSeed: CONFIG.seed + 100 + round_,
      bodyLength: CONFIG.bodyLength,
      committeeId,
      unitId,
      leadAuthorId: informants[0].id,
    });
    await rawLoad.ready;
    await new Promise((r) => setTimeout(r, CONFIG.warmupSeconds * 1000));
    const rawUsed = await cpuWindow(db, segmentMs);
    const raw = await rawLoad.done;
    cpuUsed.rawPostgresMs = add(cpuUsed.rawPostgresMs, rawUsed.postgresMs);
    rawInserts += raw.windowInserts;
    rawTotal += raw.totalInserts;
    rawMs += raw.windowMs;
    rawLatencies.push(...raw.latenciesMs);
    rawErrors += raw.errors;
    if (raw.errors) log(`  raw INSERT: ${raw.errors} errors, e.g. ${raw.firstErrors[0]}`);

    const statementsBefore = statements.count;
    statements.counting = true;
    const load = startLoad({
      kind: 'submit',
      steps: CONFIG.submitSteps,
      baseUrl,
      tokens: informants.map((i) => i.token),
      textSeed: CONFIG.seed + 200 + round_,
      bodyLength: CONFIG.bodyLength,
      warmupMs: CONFIG.warmupSeconds * 1000,
      durationMs: segmentMs,
    });
    // The API thread is measured inside the window only: from the load's start (compiling the load thread takes a while) plus its warm-up.
    await load.ready;
    await new Promise((r) => setTimeout(r, CONFIG.warmupSeconds * 1000));
    const cpu0 = cpuReading();
    const elu0 = performance.eventLoopUtilization();
    if (session) await session.post('Profiler.start');
    const apiUsed = await cpuWindow(db, segmentMs);
    cpuUsed.apiMs = add(cpuUsed.apiMs, apiUsed.apiMs);
    cpuUsed.apiPostgresMs = add(cpuUsed.apiPostgresMs, apiUsed.postgresMs);
    const elu = performance.eventLoopUtilization(elu0);
    eluActive += elu.active;
    eluTotal += elu.active + elu.idle;
    const cpu = cpuBusyShare(cpu0, cpuReading());
    if (cpu !== null) cpuShares.push(cpu);
    if (session) tally.add(((await session.post('Profiler.stop')) as { profile: CpuProfile }).profile);
    const submitted = await load.done;
    statements.counting = false;
    statementCount += statements.count - statementsBefore;
    submits.push(submitted);
    if (submitted.errors) log(`  API submit: ${submitted.errors} errors, e.g. ${submitted.firstErrors[0]}`);

    const ceiling = await runLoad({
      kind: 'submit',
      steps: 'one',
      baseUrl: bare.baseUrl,
      tokens: informants.map((i) => i.token),
      textSeed: CONFIG.seed + 300 + round_,
      bodyLength: CONFIG.bodyLength,
      warmupMs: CONFIG.warmupSeconds * 1000,
      durationMs: segmentMs,
    });
    bareRounds.push({ items: ceiling.windowItems, ms: ceiling.windowMs, errors: ceiling.errors });
    bareTotal += ceiling.items.length + ceiling.errors;
    if (ceiling.errors) log(`  bare submit: ${ceiling.errors} errors, e.g. ${ceiling.firstErrors[0]}`);
    log(
      `  round ${round_}: raw ${fmt(raw.windowInserts / (raw.windowMs / 1000))} rows/s, ` +
        `API ${fmt(submitted.windowItems / (submitted.windowMs / 1000), 1)} items/s, ` +
        `bare ceiling ${fmt(ceiling.windowItems / (ceiling.windowMs / 1000), 1)} items/s`,
    );
  }
  session?.disconnect();
  const countersAfter = await dbCounters(db);
  // The raw rows were drafts without authors; the API's have authors. Remove the raw ones, and the bare server's items.
  await bare.close();
  await db.query('DELETE FROM item i WHERE NOT EXISTS (SELECT 1 FROM item_author a WHERE a.item_id = i.id)');
  await db.query(
    `WITH v AS (DELETE FROM item_version WHERE item_id = ANY($1::uuid[])), e AS (DELETE FROM item_event WHERE item_id = ANY($1::uuid[])),
          o AS (DELETE FROM outbox_message WHERE queue = $2)
     DELETE FROM item WHERE id = ANY($1::uuid[])`,
    [bare.itemIds, BARE_QUEUE],
  );
  await db.query('VACUUM item');

  const rawRate = rawInserts / (rawMs / 1000);
  const windowMs = submits.reduce((a, r) => a + r.windowMs, 0);
  const submitRate = submits.reduce((a, r) => a + r.windowItems, 0) / (windowMs / 1000);
  const requestRate = submits.reduce((a, r) => a + r.windowRequests, 0) / (windowMs / 1000);
  const allSubmitted = submits.flatMap((r) => r.items);
  const measuredItems = allSubmitted.filter((i) => i.measured);
  const createLatency = summarize(measuredItems.map((i) => i.createMs));
  const submitLatency = summarize(measuredItems.map((i) => i.submitMs));
  const rawLatency = summarize(rawLatencies);
  const elu = eluTotal ? eluActive / eluTotal : Number.NaN;
  const windowCpu = cpuShares.length ? cpuShares.reduce((a, b) => a + b, 0) / cpuShares.length : null;
  // Per API item (warm-up included on both sides): statements sent, and transactions committed from
  // pg_stat_database with the raw rounds' INSERTs and the bare server's two per item taken out (approximate:
  // backends report about once a second).
  const attempted = allSubmitted.length + submits.reduce((a, r) => a + r.errors, 0);
  const perItem = {
    statements: round(statementCount / Math.max(1, attempted), 1),
    transactions: round((countersAfter.xact_commit - countersBefore.xact_commit - rawTotal - 2 * bareTotal) / Math.max(1, attempted), 1),
  };
  const profile = session
    ? { bySelf: tally.top(tally.self, 15), byPackage: tally.top(tally.byPackage, 12), sampledMs: round(tally.total) }
    : undefined;
  log(`  raw INSERT: ${fmt(rawRate, 1)} rows/s (latency p95 ${rawLatency.p95} ms)`);
  log(
    `  API submit (${CONFIG.submitSteps === 'one' ? 'one step' : 'draft, then submit'}): ${fmt(submitRate, 1)} items/s = ${fmt(requestRate)} requests/s; ` +
      (CONFIG.submitSteps === 'two' ? `create p95 ${createLatency.p95} ms, ` : '') +
      `submit p95 ${submitLatency.p95} ms`,
  );
  log(`  API event loop busy ${Math.round(elu * 100)} %, all CPUs busy ${windowCpu === null ? '?' : Math.round(windowCpu * 100)} % (machine-wide)`);
  log(`  per item: ${perItem.statements} SQL statements sent, ≈ ${perItem.transactions} PostgreSQL transactions committed`);
  const windowItems = submits.reduce((a, r) => a + r.windowItems, 0);
  const cpuPerItem = {
    rawPostgresMs: cpuUsed.rawPostgresMs === null ? null : round(cpuUsed.rawPostgresMs / Math.max(1, rawInserts), 3),
    apiMs: cpuUsed.apiMs === null ? null : round(cpuUsed.apiMs / Math.max(1, windowItems), 3),
    apiPostgresMs: cpuUsed.apiPostgresMs === null ? null : round(cpuUsed.apiPostgresMs / Math.max(1, windowItems), 3),
  };
  log(
    `  CPU per item: API main thread ${cpuPerItem.apiMs ?? '?'} ms + PostgreSQL backends ${cpuPerItem.apiPostgresMs ?? '?'} ms; ` +
      `per raw INSERT: PostgreSQL backends ${cpuPerItem.rawPostgresMs ?? '?'} ms`,
  );
  if (profile) {
    log('  API thread CPU, by package that asked for it:');
    for (const entry of profile.byPackage) log(`    ${String(entry.share).padStart(5)} %  ${entry.name}`);
    log('  API thread CPU, top self time:');
    for (const entry of profile.bySelf.slice(0, 10)) log(`    ${String(entry.share).padStart(5)} %  ${entry.name}`);
  }
  const ratio = submitRate / rawRate;
  const bareRate = bareRounds.reduce((a, r) => a + r.items, 0) / (bareRounds.reduce((a, r) => a + r.ms, 0) / 1000);
  const bareRatio = submitRate / bareRate;
  log(`  bare ceiling (node:http + pg, session check + one statement): ${fmt(bareRate, 1)} items/s, ratio ${round(bareRate / rawRate, 3)}`);

  // ── 2a. intake drain: start the worker on the backlog of submitted items ──
  const ids = allSubmitted.map((i) => i.id);
  log(`intake drain: starting the worker on ${fmt(ids.length)} submitted items …`);
  const poll = startLoad({ kind: 'poll', databaseUrl: dbUrl, ids, intervalMs: 20, timeoutMs: 10 * 60_000 });
  await poll.ready;
  const workerStarted = performance.timeOrigin + performance.now();
  const { WorkerModule } = await import('../apps/worker/src/worker.module');
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
  onCleanup('worker', () => worker.close());
  await worker.init();
  const drained = await poll.done;
  const stamps = Object.values(drained.stamps).sort((a, b) => a - b);
  const first = stamps[0];
  const last = stamps[stamps.length - 1];
  const drainRate = stamps.length > 1 ? (stamps.length - 1) / ((last - first) / 1000) : Number.NaN;
  const drainFromStart = stamps.length / ((last - workerStarted) / 1000);
  const { rows: similarityRows } = await db.query<{ pairs: number }>('SELECT count(*)::int / 2 AS pairs FROM item_similarity');
  if (drained.missing) log(`  WARNING: ${drained.missing} items never became searchable`);
  log(
    `  ${fmt(drainRate, 1)} items/s from the first to the last processed (${fmt(drainFromStart, 1)} items/s from worker start, ` +
      `${round((last - workerStarted) / 1000)} s); ${fmt(similarityRows[0].pairs)} near-duplicate pairs recorded`,
  );

  // ── 2b. submit → searchable, at a steady rate the worker can follow ──
  const pace = round(Math.max(1, (Number.isFinite(drainRate) ? Math.min(drainRate, submitRate) : submitRate) / 2), 1);
  log(`submit → searchable: ${pace} items/s (half the lower of drain and submit rate) for ${CONFIG.latencySeconds} s …`);
  const paced = await runLoad({
    kind: 'submit',
    steps: CONFIG.submitSteps,
    baseUrl,
    tokens: informants.map((i) => i.token),
    textSeed: CONFIG.seed + 3,
    bodyLength: CONFIG.bodyLength,
    warmupMs: 0,
    durationMs: CONFIG.latencySeconds * 1000,
    ratePerSec: pace,
    poll: { databaseUrl: dbUrl, intervalMs: 20, timeoutMs: 120_000 },
  });
  const toSearchable = summarize(paced.items.filter((i) => i.searchableAt).map((i) => i.searchableAt! - i.submittedAt));
  if (paced.errors) log(`  ${paced.errors} errors, e.g. ${paced.firstErrors[0]}`);
  if (paced.unsearchable) log(`  WARNING: ${paced.unsearchable} items never became searchable`);
  log(`  ${toSearchable.n} items: p50 ${toSearchable.p50} ms, p95 ${toSearchable.p95} ms, max ${toSearchable.max} ms`);

  // ── 3. scale: fill the table ──
  const { rows: authorRows } = await db.query<{ id: string; organisation_id: string }>(
    `SELECT id, organisation_id FROM app_user WHERE 'informant' = ANY(roles) ORDER BY username`,
  );
  log(`bulk load to ${fmt(CONFIG.items)} items …`);
  const bulk: BulkLoadResult = await bulkLoad({
    databaseUrl: dbUrl,
    target: CONFIG.items,
    committeeId,
    authors: authorRows.map((r) => ({ userId: r.id, unitId: r.organisation_id })),
    batchSize: CONFIG.batchSize,
    connections: 2,
    seed: CONFIG.seed,
    log,
  });
  log(
    `  loaded ${fmt(bulk.loaded)} rows in ${round(bulk.loadMs / 1000)} s (${fmt(bulk.loaded / (bulk.loadMs / 1000))} rows/s), ` +
      `indexes rebuilt in ${round(bulk.indexMs / 1000)} s, VACUUM ANALYZE ${round(bulk.vacuumAnalyzeMs / 1000)} s; ` +
      `${fmt(bulk.totalRows)} items, body ≈ ${bulk.avgBodyChars} chars, table ${bulk.tableSize}`,
  );

  // The loaded bands must be what the intake would store for those hashes.
  const { rows: sample } = await db.query<{ simhash: string; simhash_bands: number[] }>(
    'SELECT simhash::text, simhash_bands FROM item TABLESAMPLE SYSTEM (1) WHERE simhash IS NOT NULL LIMIT 2000',
  );
  const mismatched = sample.filter(
    (row) => JSON.stringify(bands(fromSignedInt64(row.simhash)).map((v, i) => i * 65_536 + v)) !== JSON.stringify(row.simhash_bands),
  ).length;
  if (mismatched) throw new Error(`${mismatched} of ${sample.length} sampled rows have bands that differ from positionalBands(simhash)`);
  log(`  bands checked on ${sample.length} sampled rows: all equal positionalBands(simhash)`);

  // ── 3a. near-duplicate lookup ──
  const nearDup = nearDuplicateQuery();
  const { rows: lookupIds } = await db.query<{ id: string }>(
    `SELECT id FROM item WHERE status <> 'draft' AND simhash IS NOT NULL ORDER BY random() LIMIT $1`,
    [CONFIG.lookups + 20],
  );
  const { rows: plan } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${nearDup.sql}`, [lookupIds[0].id, nearDup.distance]);
  const planText = plan.map((r) => r['QUERY PLAN']).join('\n');
  const usesBands = /item_bands_idx/.test(planText);
  const lookupMs: number[] = [];
  const found: number[] = [];
  for (const [i, { id }] of lookupIds.entries()) {
    const t0 = performance.now();
    const { rowCount } = await db.query(nearDup.sql, [id, nearDup.distance]);
    const elapsed = performance.now() - t0;
    if (i < 20) continue; // warm-up
    lookupMs.push(elapsed);
    found.push(rowCount ?? 0);
  }
  const lookup = summarize(lookupMs);
  log(
    `near-duplicate lookup (${nearDup.fromSource ? 'query read from intake.service.ts' : 'copied query'}): ${lookup.n} lookups, ` +
      `p50 ${lookup.p50} ms, p95 ${lookup.p95} ms, max ${lookup.max} ms; ${round(found.reduce((a, b) => a + b, 0) / found.length, 2)} found per lookup; ` +
      `plan ${usesBands ? 'uses' : 'does NOT use'} item_bands_idx`,
  );

  // ── 3b. search through HTTP as the demo editor ──
  const editor = await signIn(baseUrl, 'editor', demo.accounts.editor.password);
  const WARM_UP = 12;
  const queries = searchQueries(rng(CONFIG.seed + 4), CONFIG.searches + WARM_UP);
  const pathOf = (q: string) => `/api/v1/items/search?q=${encodeURIComponent(q)}`;
  await runLoad({ kind: 'get', baseUrl, token: editor, paths: queries.slice(0, WARM_UP).map(pathOf), concurrency: CONFIG.searchConcurrency, maxMs: 30_000 });
  const measuredQueries = queries.slice(WARM_UP);
  log(`search: ${measuredQueries.length} queries through HTTP, ${CONFIG.searchConcurrency} concurrent, as the demo editor …`);
  const searched = await runLoad({
    kind: 'get',
    baseUrl,
    token: editor,
    paths: measuredQueries.map(pathOf),
    concurrency: CONFIG.searchConcurrency,
    maxMs: CONFIG.searchSeconds * 1000,
  });
  if (searched.latenciesMs.length + searched.errors < measuredQueries.length) {
    log(`  stopped after ${CONFIG.searchSeconds} s (BENCH_SEARCH_SECONDS): ${searched.latenciesMs.length} of ${measuredQueries.length} queries answered`);
  }
  const search = summarize(searched.latenciesMs);
  if (searched.errors) log(`  ${searched.errors} errors, e.g. ${searched.firstErrors[0]}`);
  log(`  p50 ${search.p50} ms, p95 ${search.p95} ms, max ${search.max} ms; ${round(searched.hits.reduce((a, b) => a + b, 0) / searched.hits.length, 1)} hits per page`);

  // The same search in SQL, one at a time: the statements ItemSearchService runs for q, relevance order, first page
  // (relevancePage: the newest pool of matches, found in growing windows of weeks, then ranked).
  let lastStatement: { sql: string; params: unknown[] } = { sql: '', params: [] };
  const runSql = async (sql: string, params: unknown[]) => {
    lastStatement = { sql, params };
    return (await db.query(sql, params)).rows;
  };
  const statementsOf = new Map<string, { sql: string; params: unknown[] }>();
  const sqlMs: number[] = [];
  const byQuery = new Map<string, number[]>();
  const directQueries: string[] = [];
  const directUntil = performance.now() + CONFIG.directSearchSeconds * 1000;
  for (const q of measuredQueries.slice(0, CONFIG.directSearches)) {
    if (performance.now() > directUntil) break;
    directQueries.push(q);
    const t0 = performance.now();
    await relevancePage(runSql, { pathPrefixes: [], committeeIds: [committeeId] }, segmentQuery(q), { q, limit: 20 }, null);
    const elapsed = performance.now() - t0;
    sqlMs.push(elapsed);
    byQuery.set(q, [...(byQuery.get(q) ?? []), elapsed]);
    statementsOf.set(q, lastStatement);
  }
  const searchDirect = summarize(sqlMs);
  log(`  the same SQL directly, one at a time (${directQueries.length} of the queries): p50 ${searchDirect.p50} ms, p95 ${searchDirect.p95} ms, max ${searchDirect.max} ms`);
  // How many items the slowest and some typical queries match, and the plan of the slowest one's last statement.
  const slowest = [...byQuery].sort((a, b) => percentile(b[1], 50) - percentile(a[1], 50));
  const matchOf = async (q: string) =>
    Number(
      (
        await db.query<{ n: string }>(`SELECT count(*) AS n FROM item_search s WHERE s.status <> 'draft' AND s.vector @@ plainto_tsquery('simple', $1)`, [
          segmentQuery(q).join(' '),
        ])
      ).rows[0].n,
    );
  const examples: { q: string; matches: number; medianMs: number }[] = [];
  for (const [q, times] of [...slowest.slice(0, 3), ...slowest.slice(Math.floor(slowest.length / 2), Math.floor(slowest.length / 2) + 2), ...slowest.slice(-2)]) {
    examples.push({ q, matches: await matchOf(q), medianMs: round(percentile(times, 50)) });
  }
  const slowStatement = statementsOf.get(slowest[0][0])!;
  const { rows: slowPlan } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${slowStatement.sql}`, slowStatement.params);
  for (const e of examples) log(`    "${e.q}": ${fmt(e.matches)} matching items, median ${e.medianMs} ms`);

  // ── report ──
  const n = fmt(bulk.totalRows);
  const rows: Row[] = [
    {
      metric: `Submit, API (${CONFIG.clients} clients, ${CONFIG.bodyLength}-char item; ${CONFIG.submitSteps === 'one' ? 'one step, submit: true' : 'draft, then submit'})`,
      value: `${fmt(submitRate, 1)} items/s`,
      target: '',
      result: '',
    },
    { metric: '  the same in HTTP requests', value: `${fmt(requestRate, 1)} req/s`, target: '', result: '' },
    CONFIG.submitSteps === 'one'
      ? { metric: '  submit p95 (per request)', value: `${submitLatency.p95} ms`, target: '', result: '' }
      : { metric: '  create p95 / submit p95 (per request)', value: `${createLatency.p95} / ${submitLatency.p95} ms`, target: '', result: '' },
    { metric: `Raw single-row INSERT, pg (${CONFIG.clients} clients, same row)`, value: `${fmt(rawRate, 1)} rows/s`, target: '', result: '' },
    { metric: 'Bare node:http + pg submit (session check + one statement)', value: `${fmt(bareRate, 1)} items/s`, target: '', result: '' },
    {
      metric: 'Ratio: API submit ÷ bare submit',
      value: round(bareRatio, 3).toFixed(3),
      target: `≥ ${TARGETS.bareRatio}`,
      result: bareRatio >= TARGETS.bareRatio ? 'pass' : 'FAIL',
    },
    { metric: '  API submit ÷ raw INSERTs (retired target)', value: round(ratio, 3).toFixed(3), target: '', result: '' },
    { metric: '  bare submit ÷ raw INSERTs (what any server reaches here)', value: round(bareRate / rawRate, 3).toFixed(3), target: '', result: '' },
    { metric: 'Intake drain (segment + SimHash + duplicate lookup)', value: `${fmt(drainRate, 1)} items/s`, target: '', result: '' },
    { metric: `Submit → searchable p95 (at ${pace} items/s)`, value: `${toSearchable.p95} ms`, target: '', result: '' },
    {
      metric: `Near-duplicate lookup p95 (${n} items)`,
      value: `${lookup.p95} ms`,
      target: `≤ ${TARGETS.lookupP95Ms} ms`,
      result: lookup.p95 <= TARGETS.lookupP95Ms ? 'pass' : 'FAIL',
    },
    {
      metric: `Search p95, HTTP, ${CONFIG.searchConcurrency} concurrent (${n} items; ${search.n} queries)`,
      value: `${search.p95} ms`,
      target: `≤ ${TARGETS.searchP95Ms} ms`,
      result: search.p95 <= TARGETS.searchP95Ms ? 'pass' : 'FAIL',
    },
    { metric: `  the same search SQL, one at a time (${directQueries.length} queries)`, value: `${searchDirect.p95} ms`, target: '', result: '' },
    { metric: 'Bulk load (rows/s; indexes rebuilt after)', value: `${fmt(bulk.loaded / (bulk.loadMs / 1000))} rows/s`, target: '', result: '' },
  ];
  const widths = [Math.max(...rows.map((r) => [...r.metric].length), 6), Math.max(...rows.map((r) => r.value.length), 5), 9, 6];
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`;
  const table = [
    line(['metric', 'value', 'target', 'result']),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line([r.metric, r.value, r.target, r.result])),
  ].join('\n');
  const totalSeconds = round(elapsedSeconds());
  process.stdout.write(`\nIntake benchmark — ${new Date().toISOString()}, ${cpus().length} CPUs, PostgreSQL ${pgVersion}, ${totalSeconds} s\n\n${table}\n\n`);
  process.stdout.write('Targets are informational: the run does not fail on them.\n');

  const results = {
    ranAt: new Date().toISOString(),
    durationSeconds: totalSeconds,
    config: { ...CONFIG, serverUrl: undefined, redisUrl: undefined },
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, postgres: pgVersion },
    table: rows,
    submit: {
      itemsPerSec: round(submitRate, 1),
      requestsPerSec: round(requestRate, 1),
      rounds: submits.map((r) => ({ items: r.windowItems, ms: round(r.windowMs) })),
      errors: submits.reduce((a, r) => a + r.errors, 0),
      createMs: createLatency,
      submitMs: submitLatency,
      apiEventLoopBusy: round(elu, 3),
      cpuBusy: windowCpu === null ? null : round(windowCpu, 3),
      postgresPerItem: perItem,
      cpuPerItem,
      profileTop: profile,
    },
    rawInsert: { rowsPerSec: round(rawRate, 1), inserts: rawInserts, latencyMs: rawLatency, errors: rawErrors },
    ratio: round(ratio, 4),
    bareRatio: round(bareRatio, 4),
    bareCeiling: { itemsPerSec: round(bareRate, 1), ratio: round(bareRate / rawRate, 4), rounds: bareRounds },
    drain: {
      items: stamps.length,
      itemsPerSec: round(drainRate, 1),
      itemsPerSecFromWorkerStart: round(drainFromStart, 1),
      seconds: round((last - workerStarted) / 1000, 1),
      nearDuplicatePairs: similarityRows[0].pairs,
    },
    submitToSearchable: { ratePerSec: pace, ms: toSearchable, pollIntervalMs: 20, unsearchable: paced.unsearchable },
    bulkLoad: bulk,
    nearDuplicateLookup: { ms: lookup, foundPerLookup: round(found.reduce((a, b) => a + b, 0) / found.length, 3), usesBandsIndex: usesBands, plan: planText, queryFromSource: nearDup.fromSource },
    search: {
      http: { ms: search, concurrency: CONFIG.searchConcurrency, errors: searched.errors },
      sql: { ms: searchDirect },
      examples,
      slowestPlan: slowPlan.map((r) => r['QUERY PLAN']).join('\n'),
    },
  };
  mkdirSync(resolve(__dirname, 'results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`Written to ${RESULTS.replace(ROOT + '/', '')}\n`);
}

runBenchmark(async () => {
  await main();
  return 0;
});
