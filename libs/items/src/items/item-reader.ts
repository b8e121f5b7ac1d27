import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Permission, Principal, Role } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { Brackets, DataSource, In } from 'typeorm';
import { Attachment } from '../attachments/attachment.entity';
import { toAttachmentView } from '../attachments/attachment.view';
import { ListItemsQuery } from './dto/item.dto';
import { Item } from './item.entity';
import { ItemStatus } from './item-status';
import { ItemEvent } from './item-event.entity';
import { ItemVersion } from './item-version.entity';
import { conventionWarnings, ItemSummary, ItemView } from './item.view';

type DeskFields = Pick<ItemView, 'assignee' | 'rejectReason' | 'mergedInto' | 'mergedFrom'>;

/** Reads items as the screens show them, limited to what the reader may see. */
@Injectable()
export class ItemReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async list(principal: Principal, query: ListItemsQuery): Promise<{ items: ItemSummary[]; total: number }> {
    const { pathPrefixes, ownerId } = this.policy.visibility(principal, Permission.ItemsRead);
    const builder = this.dataSource
      .getRepository(Item)
      .createQueryBuilder('i')
      .innerJoin('organisation', 'unit', 'unit.id = i.unit_id')
      .where(
        new Brackets((visible) => {
          visible.where('unit.path LIKE ANY(:prefixes)', { prefixes: pathPrefixes.map((p) => `${p}%`) });
          if (ownerId) visible.orWhere('EXISTS (SELECT 1 FROM item_author a WHERE a.item_id = i.id AND a.user_id = :ownerId)', { ownerId });
        }),
      );
    if (query.mine === 'true') {
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

  async get(principal: Principal, id: string): Promise<ItemView> {
    const item = await this.dataSource.getRepository(Item).findOneBy({ id });
    if (!item) throw AppError.notFound('稿件');
    const [summary] = await this.summaries([item]);
    const isAuthor = summary.authors.some((a) => a.id === principal.id);
    const isLiaison = principal.roles.includes(Role.UnitAdmin) && item.unitId === principal.organisationId;
    if (item.status === ItemStatus.Draft && !isAuthor && !isLiaison) throw AppError.notFound('稿件');
    const names = await this.names(item.id);
    const versions = await this.dataSource.getRepository(ItemVersion).find({ where: { itemId: id }, order: { no: 'ASC' } });
    const events = await this.dataSource.getRepository(ItemEvent).find({ where: { itemId: id }, order: { id: 'ASC' } });
    const attachments = await this.dataSource.getRepository(Attachment).find({ where: { itemId: id }, order: { createdAt: 'ASC' } });
    // Near-duplicates cross authors: only the desk sees them.
    const similar = this.policy.can(principal, Permission.ItemsSearch) ? await this.similarTo(id) : [];
    return {
      ...(await this.deskFields(id)),
      ...summary,
      body: item.body,
      warnings: conventionWarnings(item),
      versions: versions.map((v) => ({ no: v.no, reason: v.reason, createdAt: v.createdAt, createdBy: names.get(v.createdById) ?? '' })),
      events: events.map((e) => ({ action: e.action, from: e.fromStatus, to: e.toStatus, comment: e.comment, reasonCode: e.reasonCode, actor: names.get(e.actorId) ?? '', at: e.createdAt })),
      attachments: attachments.map(toAttachmentView),
      similar,
    };
  }

  /** The desk's side of the item, in one query. */
  private async deskFields(id: string): Promise<DeskFields> {
    const [row] = await this.dataSource.query<DeskFields[]>(
      `SELECT (SELECT json_build_object('id', u.id, 'name', u.name) FROM app_user u WHERE u.id = i.assignee_id) AS "assignee",
              (SELECT json_build_object('code', r.code, 'label', r.label) FROM reject_reason r WHERE r.code = i.reject_reason_code) AS "rejectReason",
              (SELECT json_build_object('id', m.id, 'title', m.title) FROM item m WHERE m.id = i.merged_into_id) AS "mergedInto",
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'title', o.title) ORDER BY o.created_at, o.id) FROM item o WHERE o.merged_into_id = i.id), '[]') AS "mergedFrom"
         FROM item i WHERE i.id = $1`,
      [id],
    );
    return row;
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

  /** Summaries of these items, in the order given. */
  async summariesOf(ids: string[]): Promise<ItemSummary[]> {
    const items = await this.dataSource.getRepository(Item).findBy({ id: In(ids) });
    const byId = new Map(items.map((item) => [item.id, item]));
    return this.summaries(ids.map((id) => byId.get(id)!).filter(Boolean));
  }

  private async summaries(items: Item[]): Promise<ItemSummary[]> {
    if (items.length === 0) return [];
    const ids = items.map((i) => i.id);
    const authors = await this.dataSource.query<{ item_id: string; id: string; name: string; position: number }[]>(
      `SELECT a.item_id, u.id, u.name, a.position FROM item_author a JOIN app_user u ON u.id = a.user_id
        WHERE a.item_id = ANY($1::uuid[]) ORDER BY a.position`,
      [ids],
    );
    const units = await this.dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])', [
      [...new Set(items.map((i) => i.unitId))],
    ]);
    const unitById = new Map(units.map((u) => [u.id, u]));
    return items.map((item) => ({
      id: item.id,
      title: item.title,
      status: item.status,
      unit: unitById.get(item.unitId)!,
      authors: authors.filter((a) => a.item_id === item.id).map((a) => ({ id: a.id, name: a.name, lead: a.position === 0 })),
      categoryCode: item.categoryCode,
      topicId: item.topicId,
      commissionId: item.commissionId,
      versionNo: item.versionNo,
      version: item.version,
      submittedAt: item.submittedAt,
      updatedAt: item.updatedAt,
    }));
  }

  /** Names of everyone who acted on the item, for its timeline. */
  private async names(itemId: string): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      `SELECT u.id, u.name FROM app_user u WHERE u.id IN (
         SELECT actor_id FROM item_event WHERE item_id = $1 UNION SELECT created_by_id FROM item_version WHERE item_id = $1)`,
      [itemId],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
