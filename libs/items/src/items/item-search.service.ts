import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal, Visibility } from '@sqmy/accounts';
import { ErrorCode, Permission, SearchPage } from '@sqmy/contract';
import { joinSql, rawSql, Sql, sql } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { segmentQuery } from '@sqmy/text';
import { DataSource } from 'typeorm';
import { SearchItemsQuery } from './dto/search-items.query';
import { ItemReader } from './item-reader';
import { snippet } from './snippet';

/**
 * Relevance order ranks the matches in pools of this many: first the newest RELEVANCE_POOL matches
 * (after the filters), most relevant first, then the next older pool, and so on, so that every match
 * is reachable. Ranking every match of a common word would score each of them (over 100,000 at a
 * million items); a pool keeps a page at a bounded cost, and the desk's interest is in recent items.
 * Narrow with filters (period, unit, category…) to rank older items among themselves.
 */
export const RELEVANCE_POOL = 200;
/** The pool size in use: RELEVANCE_POOL unless SEARCH_RELEVANCE_POOL says otherwise (tests use small pools). */
const poolSize = () => Number(process.env.SEARCH_RELEVANCE_POOL) || RELEVANCE_POOL;

/**
 * The newest matches are found in growing windows of submission weeks: each vector carries its
 * week's lexeme (see weekLexeme), and "word AND (this week OR last week …)" lets the GIN index skip
 * through a common word's long posting list instead of reading all of it. The last try has no window.
 */
const WINDOWS_IN_WEEKS = [2, 8];

/** The Mondays (UTC) of the `weeks` weeks up to and including the one of `at`, newest first. */
function weeksBack(at: Date, weeks: number): Date[] {
  const monday = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - ((at.getUTCDay() + 6) % 7)));
  return Array.from({ length: weeks }, (_, i) => new Date(monday.getTime() - i * 7 * 86_400_000));
}
/** A week's lexeme, as the SQL function search_week_lexeme writes it into every vector; '~' never comes out of the segmenter. */
const weekLexeme = (monday: Date) => `'~w${monday.toISOString().slice(0, 10).replace(/-/g, '')}'`;

/** A position in submission order: the submission time (ISO, microseconds) and the id. */
type Mark = [string, string];

interface Cursor {
  /** Date order: the last hit's position. */
  d?: Mark;
  /**
   * Relevance order: the pool — its newer bound (exclusive; null: none) and its older bound (inclusive;
   * null: none, the oldest pool; absent: not known yet, the pool starts with this page) — and, unless
   * the page starts the pool, the last hit's rank and id.
   */
  hi?: Mark | null;
  lo?: Mark | null;
  k?: number;
  id?: string;
}

const UUID = /^[0-9a-f-]{36}$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const isMark = (mark: unknown): mark is Mark => Array.isArray(mark) && mark.length === 2 && ISO.test(String(mark[0])) && UUID.test(String(mark[1]));
const isBound = (mark: unknown) => mark === undefined || mark === null || isMark(mark);

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(text: string, byRelevance: boolean): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString()) as Cursor;
    const keyset = cursor.k === undefined ? cursor.id === undefined : Number.isFinite(cursor.k) && UUID.test(String(cursor.id));
    if (byRelevance && cursor.hi !== undefined && isBound(cursor.hi) && isBound(cursor.lo) && keyset) return cursor;
    if (!byRelevance && isMark(cursor.d)) return cursor;
  } catch {
    /* refused below */
  }
  throw AppError.badRequest(ErrorCode.InvalidCursor, '翻页标记无效，请从第一页重新检索', [{ field: 'cursor', message: '无效' }]);
}

/** The submission time as exact text, so a cursor compares equal to the stored value. */
const markOf = (alias: 'p' | 's') => rawSql(`to_char(${alias}.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

/** Whose items a search sees: the desk its own committee's (committee-owned data), anyone else by the tree. */
export type SearchScope = Pick<Visibility, 'pathPrefixes' | 'committeeIds'>;

/** The conditions every search shares: scope, not a draft, the words, the filters. */
export function searchConditions(scope: SearchScope, tokens: string[], query: Omit<SearchItemsQuery, 'order' | 'limit' | 'cursor'>, matchWords = true): Sql[] {
  const visible = [
    ...(scope.committeeIds.length ? [sql`s.committee_id = ANY(${scope.committeeIds}::uuid[])`] : []),
    ...(scope.pathPrefixes.length ? [sql`s.unit_id IN (SELECT o.id FROM organisation o WHERE o.path LIKE ANY(${scope.pathPrefixes.map((p) => `${p}%`)}))`] : []),
  ];
  const where = [visible.length ? sql`(${joinSql(visible, ' OR ')})` : sql`false`, sql`s.status <> 'draft'`];
  if (tokens.length && matchWords) where.push(sql`s.vector @@ plainto_tsquery('simple', ${tokens.join(' ')})`);
  if (query.status) where.push(sql`s.status = ${query.status}`);
  if (query.unitId) where.push(sql`s.unit_id = ${query.unitId}`);
  if (query.categoryCode) where.push(sql`s.category_code = ${query.categoryCode}`);
  if (query.topicId) where.push(sql`s.topic_id = ${query.topicId}`);
  if (query.authorId) where.push(sql`s.item_id IN (SELECT a.item_id FROM item_author a WHERE a.user_id = ${query.authorId})`);
  if (query.from) where.push(sql`s.submitted_at >= ${query.from}::date`);
  if (query.to) where.push(sql`s.submitted_at < ${query.to}::date + 1`);
  return where;
}

/**
 * One pool of relevance order, ranked: the newest `pool` matches older than `hi` (all when `hi` is null),
 * or — when the pool is known from a cursor — the matches between `lo` (inclusive) and `hi`.
 * Answers the page's rows after the keyset position, and the pool's older bound (null: no older matches).
 */
export function relevanceStatement(
  where: Sql[],
  tokens: string[],
  bounds: { hi: Mark | null; lo?: Mark | null },
  after: { k: number; id: string } | null,
  limit: number,
  window: { weeks: number; now: Date } | null = null,
  pool = poolSize(),
): Sql {
  const tsquery = sql`plainto_tsquery('simple', ${tokens.join(' ')})`;
  const range = [...where];
  if (window) {
    const mondays = weeksBack(bounds.hi ? new Date(bounds.hi[0]) : window.now, window.weeks);
    // The weeks' lexemes alone bound the window: a range on submitted_at as well would make the planner AND in
    // the date index, reading every item of the window to keep the few that match.
    range.push(sql`s.vector @@ (${tsquery} && ${mondays.map(weekLexeme).join(' | ')}::tsquery)`);
  }
  if (bounds.hi) range.push(sql`(s.submitted_at, s.item_id) < (${bounds.hi[0]}::timestamptz, ${bounds.hi[1]}::uuid)`);
  const known = bounds.lo !== undefined;
  if (bounds.lo) range.push(sql`(s.submitted_at, s.item_id) >= (${bounds.lo[0]}::timestamptz, ${bounds.lo[1]}::uuid)`);
  const keyset = after ? sql`WHERE (r.k < ${after.k} OR (r.k = ${after.k} AND r.item_id > ${after.id}::uuid))` : sql``;
  // The pool's rows carry their vector as stored (out of line); only the pool's are read and ranked, and in a
  // window only when it holds a whole pool (otherwise the next, wider window is tried).
  const poolRows = known
    ? sql`SELECT s.item_id, s.submitted_at, s.vector FROM item_search s WHERE ${joinSql(range, ' AND ')}`
    : sql`SELECT s.item_id, s.submitted_at, s.vector FROM item_search s WHERE ${joinSql(range, ' AND ')}
           ORDER BY s.submitted_at DESC, s.item_id DESC LIMIT ${pool}`;
  const bound = known
    ? sql`SELECT NULL::text AS t, NULL::uuid AS id`
    : sql`SELECT ${markOf('p')} AS t, p.item_id AS id FROM pool p
           WHERE (SELECT count(*) FROM pool) >= ${pool} ORDER BY p.submitted_at, p.item_id LIMIT 1`;
  const whole = window ? sql`WHERE (SELECT count(*) FROM pool) >= ${pool}` : sql``;
  return sql`WITH pool AS MATERIALIZED (${poolRows}),
       bound AS MATERIALIZED (${bound}),
       ranked AS (SELECT p.item_id, ts_rank_cd(p.vector, ${tsquery})::float8 AS k FROM pool p ${whole})
     SELECT r.item_id AS id, r.k, (SELECT t FROM bound) AS lo_t, (SELECT id FROM bound) AS lo_id, (SELECT count(*) FROM pool)::int AS pooled
       FROM ranked r ${keyset}
      ORDER BY r.k DESC, r.item_id LIMIT ${limit}`;
}

/**
 * Full-text search for the desk over the narrow search table (item_search): the query is segmented
 * like the stored text and matched against the GIN-indexed vector. Date order walks the
 * (submitted_at, item_id) index newest first and stops at the page. Relevance order ranks the matches
 * in pools of RELEVANCE_POOL, newest pool first (see there). Both page by keyset (no OFFSET).
 */
@Injectable()
export class ItemSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly reader: ItemReader,
  ) {}

  async search(principal: Principal, query: SearchItemsQuery): Promise<SearchPage> {
    if (query.from && query.to && query.from > query.to) {
      throw AppError.unprocessable(ErrorCode.InvalidPeriod, '起始日期不能晚于截止日期', [{ field: 'to', message: '早于起始日期' }]);
    }
    const tokens = segmentQuery(query.q ?? '');
    const byRelevance = query.order === 'relevance' && tokens.length > 0;
    const cursor = query.cursor ? decode(query.cursor, byRelevance) : null;
    const scope = this.policy.visibility(principal, Permission.ItemsSearch, 'committee');
    const page = byRelevance ? await this.byRelevance(scope, tokens, query, cursor) : await this.byDate(scope, tokens, query, cursor);
    const items = new Map((await this.reader.summariesWithBodies(page.hits.map((h) => h.id))).map((entry) => [entry.summary.id, entry]));
    return {
      items: page.hits
        .filter((hit) => items.has(hit.id))
        .map((hit) => ({ ...items.get(hit.id)!.summary, snippet: snippet(items.get(hit.id)!.body, tokens), rank: hit.rank })),
      nextCursor: page.next ? encode(page.next) : null,
    };
  }

  private async byDate(scope: SearchScope, tokens: string[], query: SearchItemsQuery, cursor: Cursor | null) {
    const where = searchConditions(scope, tokens, query);
    if (cursor?.d) where.push(sql`(s.submitted_at, s.item_id) < (${cursor.d[0]}::timestamptz, ${cursor.d[1]}::uuid)`);
    const statement = sql`
      SELECT s.item_id AS id, ${markOf('s')} AS t, (extract(epoch FROM s.submitted_at) * 1000)::float8 AS ms FROM item_search s
       WHERE ${joinSql(where, ' AND ')}
       ORDER BY s.submitted_at DESC, s.item_id DESC LIMIT ${query.limit + 1}`;
    const rows = await this.dataSource.query<{ id: string; t: string; ms: number }[]>(statement.text, statement.values);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      hits: page.map((r) => ({ id: r.id, rank: r.ms })),
      next: rows.length > query.limit ? { d: [last.t, last.id] as Mark } : null,
    };
  }

  private byRelevance(scope: SearchScope, tokens: string[], query: SearchItemsQuery, cursor: Cursor | null) {
    return relevancePage((text, values) => this.dataSource.query(text, values), scope, tokens, query, cursor);
  }
}

type Run = (text: string, values: unknown[]) => Promise<{ id: string; k: number; lo_t: string | null; lo_id: string | null; pooled: number }[]>;

/**
 * One page in relevance order (exported for the benchmark, which times exactly this): finds the pool
 * the cursor is in (or the newest one), ranks it, and goes on into older pools until the page is full.
 */
export async function relevancePage(run: Run, scope: SearchScope, tokens: string[], query: Omit<SearchItemsQuery, 'order' | 'cursor'>, cursor: Cursor | null, now = new Date()) {
  let bounds: { hi: Mark | null; lo?: Mark | null } = { hi: cursor?.hi ?? null, ...(cursor?.lo !== undefined ? { lo: cursor.lo } : {}) };
  let after = cursor?.k !== undefined ? { k: cursor.k, id: cursor.id! } : null;
  const hits: { id: string; rank: number }[] = [];
  let next: Cursor | null = null;
  // A page may finish one pool and go on into the next, older one.
  for (;;) {
    const want = query.limit - hits.length;
    let rows: Awaited<ReturnType<Run>> = [];
    // A new pool: the newest matches in a window of weeks that holds a whole pool, or in all time.
    const windows = bounds.lo === undefined ? [...WINDOWS_IN_WEEKS, null] : [null];
    for (const weeks of windows) {
      // In a window, the words are matched together with the window's weeks (below), not on their own.
      const where = searchConditions(scope, tokens, query, weeks === null);
      const statement = relevanceStatement(where, tokens, bounds, after, want + 1, weeks ? { weeks, now } : null);
      rows = await run(statement.text, statement.values);
      if (weeks === null || (rows[0]?.pooled ?? 0) >= poolSize()) break;
    }
    const lo: Mark | null = bounds.lo !== undefined ? bounds.lo : rows[0]?.lo_t ? [rows[0].lo_t, rows[0].lo_id!] : null;
    hits.push(...rows.slice(0, want).map((r) => ({ id: r.id, rank: r.k })));
    if (rows.length > want) {
      const last = hits[hits.length - 1];
      next = { hi: bounds.hi, lo, k: last.rank, id: last.id };
      break;
    }
    if (!lo) break; // this pool reached the oldest match
    // The next pool holds the matches older than this one's older bound.
    bounds = { hi: lo };
    after = null;
    if (hits.length === query.limit) {
      next = { hi: lo };
      break;
    }
  }
  return { hits, next };
}
