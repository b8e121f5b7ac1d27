import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { DataSource } from 'typeorm';
import { InstructionFilterQuery, ListInstructionsQuery } from './dto/instruction.dto';
import { instructionStatusSql } from './instruction-rules';
import { instructionSheet } from './instruction-sheet';
import { InstructionView, SELECT_INSTRUCTIONS, toInstructionView } from './instruction.view';

export interface InstructionPage {
  items: InstructionView[];
  total: number;
  page: number;
  pageSize: number;
}

const NEWEST_FIRST = 'ORDER BY l.instructed_on DESC, l.created_at DESC, l.id';

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
    const { where, params } = this.filter(principal, query);
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM leader_instruction l JOIN item i ON i.id = l.item_id JOIN organisation u ON u.id = i.unit_id ${where}`,
      params,
    );
    const rows = await this.dataSource.query<Parameters<typeof toInstructionView>[0][]>(
      `${SELECT_INSTRUCTIONS} ${where} ${NEWEST_FIRST} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return { items: rows.map(toInstructionView), total, page: query.page, pageSize: query.pageSize };
  }

  /** Every entry the filters select, newest first, as 批示登记表 (.xlsx). */
  async export(principal: Principal, query: InstructionFilterQuery): Promise<Buffer> {
    const { where, params } = this.filter(principal, query);
    const rows = await this.dataSource.query<Parameters<typeof toInstructionView>[0][]>(`${SELECT_INSTRUCTIONS} ${where} ${NEWEST_FIRST}`, params);
    return instructionSheet(rows.map(toInstructionView));
  }

  private filter(principal: Principal, query: InstructionFilterQuery): { where: string; params: unknown[] } {
    const params: unknown[] = [query.orgId ?? principal.committeeId];
    const conditions = [`u.path LIKE (SELECT path FROM organisation WHERE id = $1) || '%'`];
    const add = (condition: (p: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(condition(`$${params.length}`));
    };
    if (query.year) add((p) => `l.instructed_on >= make_date(${p}::int, 1, 1) AND l.instructed_on < make_date(${p}::int + 1, 1, 1)`, query.year);
    if (query.leaderLevel) add((p) => `l.leader_level = ${p}`, query.leaderLevel);
    if (query.status) add((p) => `${instructionStatusSql('l')} = ${p}`, query.status);
    if (query.q) add((p) => `(l.leader_name ILIKE ${p} OR i.title ILIKE ${p} OR l.text ILIKE ${p} OR l.referred_to ILIKE ${p})`, contains(query.q));
    return { where: `WHERE ${conditions.join(' AND ')}`, params };
  }
}
