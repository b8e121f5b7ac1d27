import { tsvectorText } from '@sqmy/text';
import { Client } from 'pg';
import { PLACES, rng, TextGenerator, topics } from './corpus';

/** Paragraphs per subject and section, and titles per subject, that the loaded items are assembled from. */
const PARAGRAPHS_PER_KIND = 80;
const TITLES_PER_TOPIC = 40;
const KINDS = ['facts', 'problems', 'advice'] as const;
/** Sentences per section: with the three sections, about 1,500 characters. */
const SENTENCES = [10, 13, 14];
/** Every 50th loaded item is a near-copy (1 bit apart) of the one before it. */
const NEAR_COPY_EVERY = 50;
/** Statuses of loaded items: all submitted at some point, most of them long settled. */
const STATUSES = ['submitted', 'submitted', 'screening', 'editing', 'in_review', 'approved', 'published', 'published', 'published', 'rejected', 'rejected', 'rejected', 'rejected', 'merged', 'returned'];

export interface BulkLoadOptions {
  databaseUrl: string;
  /** Rows the item table should hold when done. */
  target: number;
  committeeId: string;
  /** (author, unit) pairs the items are spread over. */
  authors: { userId: string; unitId: string }[];
  batchSize: number;
  connections: number;
  seed: number;
  log: (line: string) => void;
}

export interface BulkLoadResult {
  loaded: number;
  loadMs: number;
  indexMs: number;
  vacuumAnalyzeMs: number;
  totalRows: number;
  avgBodyChars: number;
  /** The item and search tables' indexes, rebuilt after the load exactly as they were. */
  rebuiltIndexes: string[];
  tableSize: string;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'sqmy-bench-load' });
  await client.connect();
  // This session only: a bulk load does not need to wait for each commit's flush, and index builds want memory.
  await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET work_mem = '64MB'");
  return client;
}

/**
 * Fills the item table up to `target` rows with SQL (generate_series), as a committee would have
 * after years of use: texts assembled from generated paragraphs whose search vectors were cut
 * by the app's own segmenter (into the search table, item_search, as intake writes them), random 64-bit SimHashes with their 4 positional bands (2 % near-copies),
 * submission dates over 3 years in the order of the rows (as a table fills over time), one author row each. The table's secondary indexes are dropped
 * for the load and rebuilt after it from their exact definitions, then the table is vacuumed and analysed.
 */
export async function bulkLoad(options: BulkLoadOptions): Promise<BulkLoadResult> {
  const clients = await Promise.all(Array.from({ length: options.connections }, () => connect(options.databaseUrl)));
  const [main] = clients;
  try {
    const existing = Number((await main.query<{ n: string }>('SELECT count(*) AS n FROM item')).rows[0].n);
    const toLoad = Math.max(0, options.target - existing);

    await loadVocabulary(main, options.seed);

    const { rows: indexes } = await main.query<{ name: string; definition: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid IN ('item'::regclass, 'item_search'::regclass)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        ORDER BY i.relname`,
    );
    for (const index of indexes) await main.query(`DROP INDEX ${quoteIdent(index.name)}`);

    const started = Date.now();
    const batches: [number, number][] = [];
    for (let from = 1; from <= toLoad; from += options.batchSize) batches.push([from, Math.min(toLoad, from + options.batchSize - 1)]);
    let done = 0;
    let next = 0;
    let lastLog = Date.now();
    const insertSql = loadStatement();
    const params = (from: number, to: number) => [
      from,
      to,
      options.committeeId,
      options.authors.map((a) => a.userId),
      options.authors.map((a) => a.unitId),
      STATUSES,
      topics().length,
      PARAGRAPHS_PER_KIND,
      TITLES_PER_TOPIC,
      options.seed,
      NEAR_COPY_EVERY,
      toLoad,
    ];
    await Promise.all(
      clients.map(async (client) => {
        while (next < batches.length) {
          const [from, to] = batches[next++];
          await client.query(insertSql, params(from, to));
          done += to - from + 1;
          if (Date.now() - lastLog > 15_000) {
            lastLog = Date.now();
            const rate = done / ((Date.now() - started) / 1000);
            options.log(`  loaded ${done.toLocaleString('en')} / ${toLoad.toLocaleString('en')} (${Math.round(rate).toLocaleString('en')} rows/s)`);
          }
        }
      }),
    );
    const loadMs = Date.now() - started;

    // Rebuild the indexes, the two connections taking turns from the largest (the full-text GIN) down.
    const indexStarted = Date.now();
    const order = [...indexes].sort((a, b) => weight(b.definition) - weight(a.definition));
    let nextIndex = 0;
    await Promise.all(
      clients.map(async (client) => {
        while (nextIndex < order.length) await client.query(order[nextIndex++].definition);
      }),
    );
    const indexMs = Date.now() - indexStarted;
    const { rows: rebuilt } = await main.query<{ definition: string }>(
      `SELECT pg_get_indexdef(x.indexrelid) AS definition FROM pg_index x
        WHERE x.indrelid IN ('item'::regclass, 'item_search'::regclass) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        ORDER BY 1`,
    );
    const before = indexes.map((i) => i.definition).sort();
    const after = rebuilt.map((r) => r.definition).sort();
    if (JSON.stringify(before) !== JSON.stringify(after)) throw new Error(`indexes differ after the rebuild:\n${before.join('\n')}\n---\n${after.join('\n')}`);

    const vacuumStarted = Date.now();
    await main.query('VACUUM (ANALYZE) item');
    await main.query('VACUUM (ANALYZE) item_search');
    await main.query('ANALYZE item_author');
    const vacuumAnalyzeMs = Date.now() - vacuumStarted;

    const { rows: stats } = await main.query<{ total: string; avg: string; size: string }>(
      `SELECT (SELECT count(*) FROM item) AS total,
              (SELECT avg(char_length(body)) FROM item TABLESAMPLE SYSTEM (1)) AS avg,
              pg_size_pretty(pg_total_relation_size('item')) AS size`,
    );
    await main.query('DROP TABLE bench_paragraph, bench_title');
    return {
      loaded: toLoad,
      loadMs,
      indexMs,
      vacuumAnalyzeMs,
      totalRows: Number(stats[0].total),
      avgBodyChars: Math.round(Number(stats[0].avg ?? 0)),
      rebuiltIndexes: after,
      tableSize: stats[0].size,
    };
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

const weight = (definition: string) => (/USING gin \(vector\)/i.test(definition) ? 3 : /USING gin/i.test(definition) ? 2 : 1);
const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Paragraphs and titles, with search vectors made from the app's segmentation (tsvectorText), into two work tables. */
async function loadVocabulary(client: Client, seed: number): Promise<void> {
  const generator = new TextGenerator(rng(seed));
  const all = topics();
  const paragraphs: { topic: number; kind: number; idx: number; body: string; tokens: string }[] = [];
  const titles: { topic: number; idx: number; title: string; tokens: string }[] = [];
  all.forEach((topic, t) => {
    KINDS.forEach((kind, k) => {
      for (let idx = 0; idx < PARAGRAPHS_PER_KIND; idx++) {
        const neighbour = k === 1 && idx % 10 < 3 ? generator.pick(all.filter((other) => other !== topic)) : undefined;
        const focus = [generator.pick(topic.terms), generator.pick(topic.terms)];
        const body = generator.section(topic, kind, SENTENCES[k], neighbour, focus, generator.pick(PLACES));
        paragraphs.push({ topic: t, kind: k, idx, body, tokens: tsvectorText(body) });
      }
    });
    for (let idx = 0; idx < TITLES_PER_TOPIC; idx++) {
      const title = generator.title(topic, generator.pick(PLACES));
      titles.push({ topic: t, idx, title, tokens: tsvectorText(title) });
    }
  });
  await client.query(`
    DROP TABLE IF EXISTS bench_paragraph, bench_title;
    CREATE UNLOGGED TABLE bench_paragraph (topic int, kind int, idx int, body text, tsv tsvector, PRIMARY KEY (topic, kind, idx));
    CREATE UNLOGGED TABLE bench_title (topic int, idx int, title text, tsv tsvector, PRIMARY KEY (topic, idx));`);
  await client.query(
    `INSERT INTO bench_paragraph SELECT t, k, i, b, to_tsvector('simple', w)
       FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[]) AS v(t, k, i, b, w)`,
    [paragraphs.map((p) => p.topic), paragraphs.map((p) => p.kind), paragraphs.map((p) => p.idx), paragraphs.map((p) => p.body), paragraphs.map((p) => p.tokens)],
  );
  await client.query(
    `INSERT INTO bench_title SELECT t, i, title, to_tsvector('simple', w)
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[]) AS v(t, i, title, w)`,
    [titles.map((p) => p.topic), titles.map((p) => p.idx), titles.map((p) => p.title), titles.map((p) => p.tokens)],
  );
  await client.query('ANALYZE bench_paragraph; ANALYZE bench_title');
}

/**
 * One batch: rows $1..$2. The search vector is built as intake builds it — the title's vector
 * weighted A, then the body's, then the submission week's lexeme — from vectors of the app's own segmentation (tsvector || shifts
 * positions, so it equals to_tsvector of the joined token text). The SimHash is a random
 * signed 64-bit value (hashint8extended of the row number and the run's seed); its band i is
 * i·65536 + bits [48−16i, 63−16i] of the unsigned value, as positionalBands() stores them.
 */
function loadStatement(): string {
  return `
    WITH r AS MATERIALIZED (
      SELECT n,
             gen_random_uuid() AS id,
             floor(random() * $7)::int AS t,
             floor(random() * $7)::int AS t3,
             random() < 0.05 AS mixed,
             floor(random() * $8)::int AS f, floor(random() * $8)::int AS p, floor(random() * $8)::int AS a,
             floor(random() * $9)::int AS ti,
             1 + floor(random() * cardinality($4::uuid[]))::int AS au,
             1 + floor(random() * cardinality($6::text[]))::int AS st,
             CASE WHEN n % $11 = 1 AND n > 1
                  THEN hashint8extended(n - 1, $10) # (1::bigint << (n % 61)::int)
                  ELSE hashint8extended(n, $10) END AS h,
             -- Rows go in in submission order over the 3 years, as a committee's table fills: recent items sit together.
             now() - interval '1095 days' * (1 - (n - random()) / $12::float8) AS at
        FROM generate_series($1::bigint, $2::bigint) AS n
    ), src AS MATERIALIZED (
      SELECT r.*, ti.title, ti.tsv AS title_tsv,
             fp.body || E'\\n\\n' || pp.body || E'\\n\\n' || ap.body AS body,
             fp.tsv || pp.tsv || ap.tsv AS body_tsv
        FROM r
        JOIN bench_title ti ON ti.topic = r.t AND ti.idx = r.ti
        JOIN bench_paragraph fp ON fp.topic = r.t AND fp.kind = 0 AND fp.idx = r.f
        JOIN bench_paragraph pp ON pp.topic = r.t AND pp.kind = 1 AND pp.idx = r.p
        JOIN bench_paragraph ap ON ap.topic = CASE WHEN r.mixed THEN r.t3 ELSE r.t END AND ap.kind = 2 AND ap.idx = r.a
    ), inserted AS (
      INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, status, version_no, version,
                        simhash, simhash_bands, intake_version_no, submitted_at, created_at, updated_at)
      SELECT src.id, $3::uuid, ($5::uuid[])[src.au], ($4::uuid[])[src.au], src.title, src.body,
             ($6::text[])[src.st], 1, 1,
             src.h,
             ARRAY[((src.h >> 48) & 65535)::int,
                   65536 + ((src.h >> 32) & 65535)::int,
                   131072 + ((src.h >> 16) & 65535)::int,
                   196608 + (src.h & 65535)::int],
             1, src.at, src.at - interval '2 days', src.at
        FROM src
      RETURNING id, lead_author_id
    ), searchable AS (
      INSERT INTO item_search (item_id, committee_id, unit_id, status, category_code, topic_id, submitted_at, vector)
      SELECT src.id, $3::uuid, ($5::uuid[])[src.au], ($6::text[])[src.st], NULL, NULL, src.at,
             setweight(src.title_tsv, 'A') || src.body_tsv || array_to_tsvector(ARRAY[search_week_lexeme(src.at)])
        FROM src
    )
    INSERT INTO item_author (item_id, user_id, position) SELECT id, lead_author_id, 0 FROM inserted`;
}
