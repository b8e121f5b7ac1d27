import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { ItemAction, ItemStatus, Role } from '@sqmy/contract';
import { Item, ItemReader, ItemSummary } from '@sqmy/items';
import { DataSource } from 'typeorm';
import { committeePeople } from '../desk-people';
import { DeskItemsQuery } from './dto/desk-items.query';

/** How many items wait in each desk status, and each editor's load. */
export interface DeskSummary {
  counts: Record<string, number>;
  editors: { id: string; name: string; load: number }[];
}

export interface DeskItemPage {
  items: DeskItem[];
  total: number;
}

/** The states an item waits in at the desk (or, returned, with its authors). */
const ON_THE_DESK = [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Editing, ItemStatus.InReview, ItemStatus.Approved, ItemStatus.Returned];
/** States in which an item is an editor's load. */
const LOAD = [ItemStatus.Screening, ItemStatus.Editing];

export type DeskItem = ItemSummary & {
  assignee: { id: string; name: string } | null;
  similarCount: number;
  waitingSince: Date;
  /** The moves the caller may make on the item now (as on its page): 领取, 分派 and 综合 follow them. */
  allowedMoves: ItemAction[];
};

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
      [principal.committeeId, ON_THE_DESK],
    );
    const counts = Object.fromEntries(ON_THE_DESK.map((status) => [status, rows.find((r) => r.status === status)?.n ?? 0]));
    const editors = await committeePeople(this.dataSource.manager, principal.committeeId, Role.Editor);
    const loads = await this.dataSource.query<{ id: string; load: number }[]>(
      'SELECT assignee_id AS id, count(*)::int AS load FROM item WHERE committee_id = $1 AND status = ANY($2) AND assignee_id IS NOT NULL GROUP BY assignee_id',
      [principal.committeeId, LOAD],
    );
    return { counts, editors: editors.map((e) => ({ ...e, load: loads.find((l) => l.id === e.id)?.load ?? 0 })) };
  }

  /** Oldest waiting first. */
  async items(principal: Principal, query: DeskItemsQuery): Promise<DeskItemPage> {
    const builder = this.dataSource
      .getRepository(Item)
      .createQueryBuilder('i')
      .where('i.committee_id = :committee', { committee: principal.committeeId })
      .andWhere('i.status IN (:...statuses)', { statuses: query.status ? [query.status] : ON_THE_DESK });
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
