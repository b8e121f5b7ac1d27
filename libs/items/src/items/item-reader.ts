import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { preparedStatement, queryPrepared } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { Brackets, DataSource } from 'typeorm';
import { allowedMoves, ItemPlace } from './allowed-moves';
import { deskCommitteeOf } from './comment-audience';
import { ListItemsQuery } from './dto/item.dto';
import { Item } from './item.entity';
import { CommentAudience, ItemAction, ItemStatus, ItemSummary, ItemView, Page, Permission, Role } from '@sqmy/contract';
import { ItemVersion } from './item-version.entity';
import { conventionWarnings } from './convention-warnings';

/** Reads items as the screens show them, limited to what the reader may see. */
@Injectable()
export class ItemReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async list(principal: Principal, query: ListItemsQuery): Promise<Page<ItemSummary>> {
    const { pathPrefixes, committeeIds, ownerId } = this.policy.visibility(principal, Permission.ItemsRead, 'committee');
    const builder = this.dataSource
      .getRepository(Item)
      .createQueryBuilder('i')
      .innerJoin('organisation', 'unit', 'unit.id = i.unit_id')
      .where(
        new Brackets((visible) => {
          visible.where('unit.path LIKE ANY(:prefixes)', { prefixes: pathPrefixes.map((p) => `${p}%`) });
          visible.orWhere('i.committee_id = ANY(:committeeIds)', { committeeIds });
          if (ownerId) visible.orWhere('EXISTS (SELECT 1 FROM item_author a WHERE a.item_id = i.id AND a.user_id = :ownerId)', { ownerId });
        }),
      );
    if (query.mine) {
      builder.andWhere('EXISTS (SELECT 1 FROM item_author a WHERE a.item_id = i.id AND a.user_id = :me)', { me: principal.id });
    }
    // Drafts stay with their authors (and their unit's liaison) until submitted.
    builder.andWhere(
      new Brackets((own) => {
        own.where("i.status <> 'draft'");
        own.orWhere('EXISTS (SELECT 1 FROM item_author a WHERE a.item_id = i.id AND a.user_id = :me)', { me: principal.id });
        if (principal.roles.includes(Role.UnitAdmin)) own.orWhere('i.unit_id = :ownUnit', { ownUnit: principal.organisationId });
      }),
    );
    if (query.status) builder.andWhere('i.status = :status', { status: query.status });
    if (query.topicId) builder.andWhere('i.topic_id = :topicId', { topicId: query.topicId });
    const [rows, total] = await builder
      .orderBy('i.updated_at', 'DESC')
      .addOrderBy('i.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.summaries(rows), total };
  }

  /**
   * The item page: the item with its authors, versions, timeline and attachments, read in one statement.
   * The timeline carries the desk's internal comments only for the item's own desk.
   */
  async get(principal: Principal, id: string): Promise<ItemView> {
    const [row] = await queryPrepared<ItemPageRow>(this.dataSource, ITEM_PAGE, [id, deskCommitteeOf(this.policy, principal)]);
    if (!row) throw AppError.notFound('稿件');
    const isAuthor = row.authors.some((a) => a.id === principal.id);
    const isLiaison = principal.roles.includes(Role.UnitAdmin) && row.unit_id === principal.organisationId;
    if (row.status === ItemStatus.Draft && !isAuthor && !isLiaison) throw AppError.notFound('稿件');
    // Near-duplicates cross authors: only the desk sees them.
    return this.view(principal, row, this.policy.can(principal, Permission.ItemsSearch) ? await this.similarTo(id) : []);
  }

  /** The item page from its row (ITEM_PAGE's, or CREATE_ITEM's) as `principal` sees it: with the moves they may make. */
  view(principal: Principal, row: ItemPageRow, similar: ItemView['similar'] = []): ItemView {
    const place = { status: row.status, unitPath: row.unit_path, authorIds: row.authors.map((author) => author.id), committeeId: row.committee_id };
    return pageView(row, similar, this.movesOf(principal, place));
  }

  /** The moves `principal` may make on an item where it sits now (`allowedMoves` of its views). */
  movesOf(principal: Principal, item: ItemPlace): ItemAction[] {
    return allowedMoves(this.policy, principal, item);
  }

  private async similarTo(id: string): Promise<ItemView['similar']> {
    const rows = await this.dataSource.query<{ id: string; similarity: number }[]>(
      'SELECT similar_item_id AS id, similarity FROM item_similarity WHERE item_id = $1 ORDER BY similarity DESC, similar_item_id LIMIT 20',
      [id],
    );
    const summaries = new Map((await this.summariesOf(rows.map((r) => r.id))).map((s) => [s.id, s]));
    return rows.map((r) => ({ ...summaries.get(r.id)!, similarity: r.similarity }));
  }

  async version(id: string, no: number): Promise<ItemVersion> {
    const version = await this.dataSource.getRepository(ItemVersion).findOneBy({ itemId: id, no });
    if (!version) throw AppError.notFound('该版本', 'no');
    return version;
  }

  /** Summaries of these items, in the order given (one statement for any number). */
  async summariesOf(ids: string[]): Promise<ItemSummary[]> {
    return (await this.summaryRows(ids, false)).map(toSummary);
  }

  /** Summaries of these items with their text, in the order given (one statement for any number). */
  async summariesWithBodies(ids: string[]): Promise<{ summary: ItemSummary; body: string }[]> {
    return (await this.summaryRows(ids, true)).map((row) => ({ summary: toSummary(row), body: row.body! }));
  }

  private summaryRows(ids: string[], withBodies: boolean): Promise<(SummaryRow & { body: string | null })[]> {
    return ids.length ? queryPrepared<SummaryRow & { body: string | null }>(this.dataSource, ITEM_SUMMARIES, [ids, withBodies]) : Promise.resolve([]);
  }

  /** Summaries of items already read, in their order: ITEM_SUMMARIES, as for any ids. */
  summaries(items: Item[]): Promise<ItemSummary[]> {
    return this.summariesOf(items.map((item) => item.id));
  }
}

/** What ITEM_SUMMARIES returns: an item's summary columns, its unit and authors, and its text when asked for. */
interface SummaryRow {
  id: string;
  title: string;
  status: ItemStatus;
  unit_id: string;
  unit_name: string;
  authors: ItemSummary['authors'];
  category_code: string | null;
  topic_id: string | null;
  commission_id: string | null;
  version_no: number;
  version: number;
  submitted_at: Date | null;
  updated_at: Date;
}

const toSummary = (row: SummaryRow): ItemSummary => ({
  id: row.id,
  title: row.title,
  status: row.status,
  unit: { id: row.unit_id, name: row.unit_name },
  authors: row.authors,
  categoryCode: row.category_code,
  topicId: row.topic_id,
  commissionId: row.commission_id,
  versionNo: row.version_no,
  version: row.version,
  submittedAt: row.submitted_at,
  updatedAt: row.updated_at,
});

/** Items by id, in the order of the ids given, with their unit and authors; the text only when $2. Unknown ids are left out. */
const ITEM_SUMMARIES = preparedStatement(
  'item-summaries',
  `SELECT i.id, i.title, i.status, i.unit_id, unit.name AS unit_name, i.category_code, i.topic_id, i.commission_id,
          i.version_no, i.version, i.submitted_at, i.updated_at, CASE WHEN $2::boolean THEN i.body END AS body,
          ARRAY(SELECT json_build_object('id', u.id, 'name', u.name, 'lead', a.position = 0)
                  FROM item_author a JOIN app_user u ON u.id = a.user_id WHERE a.item_id = i.id ORDER BY a.position) AS authors
     FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted(id, n)
     JOIN item i ON i.id = wanted.id
     JOIN organisation unit ON unit.id = i.unit_id
    ORDER BY wanted.n`,
);

/** What ITEM_PAGE returns (and CREATE_ITEM, for the item it created); the nested lists come as JSON, their timestamps as ISO text. */
export interface ItemPageRow extends SummaryRow {
  body: string;
  unit_path: string;
  committee_id: string;
  versions: (Omit<ItemView['versions'][number], 'createdAt'> & { createdAt: string })[];
  events: (Omit<ItemView['events'][number], 'at'> & { at: string })[];
  attachments: (Omit<ItemView['attachments'][number], 'createdAt'> & { createdAt: string })[];
  assignee: ItemView['assignee'];
  reject_reason: ItemView['rejectReason'];
  merged_into: ItemView['mergedInto'];
  merged_from: ItemView['mergedFrom'];
}

/** The item page from its row, its near-duplicates and the reader's moves. */
const pageView = (row: ItemPageRow, similar: ItemView['similar'], allowedMoves: ItemAction[]): ItemView => ({
  ...toSummary(row),
  body: row.body,
  warnings: conventionWarnings(row),
  versions: row.versions.map((v) => ({ ...v, createdAt: new Date(v.createdAt) })),
  events: row.events.map((e) => ({ ...e, at: new Date(e.at) })),
  attachments: row.attachments.map((a) => ({ ...a, createdAt: new Date(a.createdAt) })),
  assignee: row.assignee,
  rejectReason: row.reject_reason,
  mergedInto: row.merged_into,
  mergedFrom: row.merged_from,
  similar,
  allowedMoves,
});

/** The item page of $1; the desk's internal comments are read only when $2 is the item's committee (the reader's desk). */
const ITEM_PAGE = preparedStatement(
  'item-page',
  `
  SELECT i.id, i.title, i.body, i.status, i.unit_id, unit.name AS unit_name, unit.path AS unit_path, i.committee_id, i.category_code, i.topic_id,
         i.commission_id, i.version_no, i.version, i.submitted_at, i.updated_at,
         ARRAY(SELECT json_build_object('id', u.id, 'name', u.name, 'lead', a.position = 0)
                 FROM item_author a JOIN app_user u ON u.id = a.user_id WHERE a.item_id = i.id ORDER BY a.position) AS authors,
         ARRAY(SELECT json_build_object('no', v.no, 'reason', v.reason, 'createdAt', v.created_at, 'createdBy', u.name)
                 FROM item_version v JOIN app_user u ON u.id = v.created_by_id WHERE v.item_id = i.id ORDER BY v.no) AS versions,
         ARRAY(SELECT json_build_object('action', e.action, 'from', e.from_status, 'to', e.to_status,
                                        'comment', CASE WHEN e.comment_audience = '${CommentAudience.Author}' OR i.committee_id = $2::uuid THEN e.comment END,
                                        'audience', e.comment_audience, 'reasonCode', e.reason_code, 'actor', u.name, 'at', e.created_at)
                 FROM item_event e JOIN app_user u ON u.id = e.actor_id WHERE e.item_id = i.id ORDER BY e.id) AS events,
         ARRAY(SELECT json_build_object('id', f.id, 'name', f.name, 'type', f.type, 'size', f.size, 'sha256', f.sha256, 'createdAt', f.created_at)
                 FROM attachment f WHERE f.item_id = i.id ORDER BY f.created_at) AS attachments,
         (SELECT json_build_object('id', u.id, 'name', u.name) FROM app_user u WHERE u.id = i.assignee_id) AS assignee,
         (SELECT json_build_object('code', r.code, 'label', r.label) FROM reject_reason r WHERE r.code = i.reject_reason_code) AS reject_reason,
         (SELECT json_build_object('id', m.id, 'title', m.title) FROM item m WHERE m.id = i.merged_into_id) AS merged_into,
         ARRAY(SELECT json_build_object('id', o.id, 'title', o.title) FROM item o WHERE o.merged_into_id = i.id ORDER BY o.created_at, o.id) AS merged_from
    FROM item i JOIN organisation unit ON unit.id = i.unit_id
   WHERE i.id = $1`,
);
