import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { InstructionPage } from '@sqmy/contract';
import { joinSql, rawSql, Sql, sql } from '@sqmy/database';
import { DataSource } from 'typeorm';
import { InstructionFilterQuery, ListInstructionsQuery } from './dto/instruction.dto';
import { instructionStatusSql } from './instruction-rules';
import { instructionSheet } from './instruction-sheet';
import { SELECT_INSTRUCTIONS, toInstructionView } from './instruction-reader';

const NEWEST_FIRST = sql`ORDER BY l.instructed_on DESC, l.created_at DESC, l.id`;

/** Escapes LIKE's wildcards so a search for "100%" finds "100%". */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The 批示 register as the research center reads it: entries on items of an organisation's subtree
 * (the caller's committee by default), filtered by year, level, status and words.
 */
@Injectable()
export class InstructionRegister {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: ListInstructionsQuery): Promise<InstructionPage> {
    const where = this.filter(principal, query);
    const count = sql`SELECT count(*)::int AS total FROM leader_instruction l JOIN item i ON i.id = l.item_id JOIN organisation u ON u.id = i.unit_id ${where}`;
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(count.text, count.values);
    const page = sql`${rawSql(SELECT_INSTRUCTIONS)} ${where} ${NEWEST_FIRST} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
    const rows = await this.dataSource.query<Parameters<typeof toInstructionView>[0][]>(page.text, page.values);
    return { items: rows.map(toInstructionView), total, page: query.page, pageSize: query.pageSize };
  }

  /** Every entry the filters select, newest first, as 批示登记表 (.xlsx). */
  async export(principal: Principal, query: InstructionFilterQuery): Promise<Buffer> {
    const all = sql`${rawSql(SELECT_INSTRUCTIONS)} ${this.filter(principal, query)} ${NEWEST_FIRST}`;
    const rows = await this.dataSource.query<Parameters<typeof toInstructionView>[0][]>(all.text, all.values);
    return instructionSheet(rows.map(toInstructionView));
  }

  private filter(principal: Principal, query: InstructionFilterQuery): Sql {
    const conditions = [sql`u.path LIKE (SELECT path FROM organisation WHERE id = ${query.orgId ?? principal.committeeId}) || '%'`];
    if (query.year) conditions.push(sql`l.instructed_on >= make_date(${query.year}::int, 1, 1) AND l.instructed_on < make_date(${query.year}::int + 1, 1, 1)`);
    if (query.leaderLevel) conditions.push(sql`l.leader_level = ${query.leaderLevel}`);
    if (query.status) conditions.push(sql`${rawSql(instructionStatusSql('l'))} = ${query.status}`);
    if (query.q) {
      const words = contains(query.q);
      conditions.push(sql`(l.leader_name ILIKE ${words} OR i.title ILIKE ${words} OR l.text ILIKE ${words} OR l.referred_to ILIKE ${words})`);
    }
    return sql`WHERE ${joinSql(conditions, ' AND ')}`;
  }
}
