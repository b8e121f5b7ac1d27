import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Permission, Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { segmentQuery } from '@sqmy/intake';
import { DataSource } from 'typeorm';
import { SearchItemsQuery } from './dto/search-items.query';
import { ItemReader } from './item-reader';
import { ItemSummary } from './item.view';
import { snippet } from './snippet';

export interface SearchHit extends ItemSummary {
  snippet: string;
  rank: number;
}

interface Cursor {
  /** The sort key of the last hit: its rank, or its submission time in ms. */
  k: number;
  id: string;
}

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(text: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString()) as Cursor;
    if (typeof cursor.k === 'number' && /^[0-9a-f-]{36}$/.test(cursor.id)) return cursor;
  } catch {
    /* refused below */
  }
  throw AppError.badRequest('INVALID_CURSOR', '翻页标记无效，请从第一页重新检索', [{ field: 'cursor', message: '无效' }]);
}

/**
 * Full-text search for the desk: the query is segmented like the stored text, matched against
 * the GIN-indexed vector, ranked or dated, and paged by keyset (no OFFSET, stable under inserts).
 */
@Injectable()
export class ItemSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly reader: ItemReader,
  ) {}

  async search(principal: Principal, query: SearchItemsQuery): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
    if (query.from && query.to && query.from > query.to) {
      throw AppError.unprocessable('INVALID_PERIOD', '起始日期不能晚于截止日期', [{ field: 'to', message: '早于起始日期' }]);
    }
    const tokens = segmentQuery(query.q ?? '');
    const byRelevance = query.order === 'relevance' && tokens.length > 0;
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const { pathPrefixes } = this.policy.visibility(principal, Permission.ItemsSearch);
    const where = [`unit.path LIKE ANY(${param(pathPrefixes.map((p) => `${p}%`))})`, "i.status <> 'draft'"];
    const tsquery = tokens.length ? `plainto_tsquery('simple', ${param(tokens.join(' '))})` : null;
    if (tsquery) where.push(`i.search_vector @@ ${tsquery}`);
    if (query.status) where.push(`i.status = ${param(query.status)}`);
    if (query.unitId) where.push(`i.unit_id = ${param(query.unitId)}`);
    if (query.categoryCode) where.push(`i.category_code = ${param(query.categoryCode)}`);
    if (query.topicId) where.push(`i.topic_id = ${param(query.topicId)}`);
    if (query.authorId) where.push(`EXISTS (SELECT 1 FROM item_author a WHERE a.item_id = i.id AND a.user_id = ${param(query.authorId)})`);
    if (query.from) where.push(`i.submitted_at >= ${param(query.from)}::date`);
    if (query.to) where.push(`i.submitted_at < ${param(query.to)}::date + 1`);
    const key = byRelevance ? `ts_rank_cd(i.search_vector, ${tsquery})` : `(extract(epoch FROM i.submitted_at) * 1000)`;
    if (query.cursor) {
      const cursor = decode(query.cursor);
      where.push(`(${key} < ${param(cursor.k)} OR (${key} = ${param(cursor.k)} AND i.id > ${param(cursor.id)}))`);
    }
    const rows = await this.dataSource.query<{ id: string; k: number; body: string }[]>(
      `SELECT i.id, ${key}::float8 AS k, i.body FROM item i JOIN organisation unit ON unit.id = i.unit_id
        WHERE ${where.join(' AND ')}
        ORDER BY k DESC, i.id LIMIT ${param(query.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    const summaries = new Map((await this.reader.summariesOf(page.map((r) => r.id))).map((s) => [s.id, s]));
    return {
      items: page.map((row) => ({ ...summaries.get(row.id)!, snippet: snippet(row.body, tokens), rank: row.k })),
      nextCursor: rows.length > query.limit ? encode({ k: page[page.length - 1].k, id: page[page.length - 1].id }) : null,
    };
  }
}
