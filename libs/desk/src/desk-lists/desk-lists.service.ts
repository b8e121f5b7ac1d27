import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { DESK_STATUSES, DeskItem, DeskStatus, DeskSummary, ItemStatus, Page, Role } from '@sqmy/contract';
import { Item, ItemReader } from '@sqmy/items';
import { DataSource } from 'typeorm';
import { committeePeople } from '../desk-people';
import { DeskItemsQuery } from './dto/desk-items.query';
/** States in which an item is an editor's load. */
const LOAD = [ItemStatus.Screening, ItemStatus.Editing];

/** The desk's lists, always of the caller's own committee. */
@Injectable()
export class DeskListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ItemReader,
  ) {}

  async summary(principal: Principal): Promise<DeskSummary> {
    const rows = await this.dataSource.query<{ status: ItemStatus; n: number }[]>(
      'SELECT status, count(*)::int AS n FROM item WHERE committee_id = $1 AND status = ANY($2) GROUP BY status',
      [principal.committeeId, DESK_STATUSES],
    );
    const counts = Object.fromEntries(DESK_STATUSES.map((status) => [status, rows.find((r) => r.status === status)?.n ?? 0])) as Record<DeskStatus, number>;
    const editors = await committeePeople(this.dataSource.manager, principal.committeeId, Role.Editor);
    const loads = await this.dataSource.query<{ id: string; load: number }[]>(
      'SELECT assignee_id AS id, count(*)::int AS load FROM item WHERE committee_id = $1 AND status = ANY($2) AND assignee_id IS NOT NULL GROUP BY assignee_id',
      [principal.committeeId, LOAD],
    );
    return { counts, editors: editors.map((e) => ({ ...e, load: loads.find((l) => l.id === e.id)?.load ?? 0 })) };
  }

  /** Oldest waiting first. */
  async items(principal: Principal, query: DeskItemsQuery): Promise<Page<DeskItem>> {
    const builder = this.dataSource
      .getRepository(Item)
      .createQueryBuilder('i')
      .where('i.committee_id = :committee', { committee: principal.committeeId })
      .andWhere('i.status IN (:...statuses)', { statuses: query.status ? [query.status] : DESK_STATUSES });
    if (query.assigneeId) builder.andWhere('i.assignee_id = :assignee', { assignee: query.assigneeId });
    if (query.unassigned) builder.andWhere('i.assignee_id IS NULL');
    if (query.unitId) builder.andWhere('i.unit_id = :unit', { unit: query.unitId });
    if (query.categoryCode) builder.andWhere('i.category_code = :category', { category: query.categoryCode });
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere('(i.title ILIKE :pattern OR i.body ILIKE :pattern)', { pattern });
    }
    const [rows, total] = await builder
      .orderBy('i.status_changed_at', 'ASC')
      .addOrderBy('i.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const ids = rows.map((r) => r.id);
    const extras = await this.dataSource.query<{ id: string; assignee: DeskItem['assignee']; similarCount: number; unitPath: string }[]>(
      `SELECT i.id, (SELECT json_build_object('id', u.id, 'name', u.name) FROM app_user u WHERE u.id = i.assignee_id) AS assignee,
              (SELECT count(*)::int FROM item_similarity s WHERE s.item_id = i.id) AS "similarCount", unit.path AS "unitPath"
         FROM item i JOIN organisation unit ON unit.id = i.unit_id WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(extras.map((e) => [e.id, e]));
    const summaries = await this.reader.summaries(rows);
    return {
      items: summaries.map((s, i) => {
        const { assignee, similarCount, unitPath } = byId.get(s.id)!;
        const place = { status: s.status, unitPath, authorIds: s.authors.map((author) => author.id), committeeId: rows[i].committeeId };
        return { ...s, assignee, similarCount, waitingSince: rows[i].statusChangedAt, allowedMoves: this.reader.movesOf(principal, place) };
      }),
      total,
    };
  }
}
