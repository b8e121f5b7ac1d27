import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { queryPreparedSql, sql } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { isBlank } from '@sqmy/text';
import { JobName, JobRequest, OutboxService, refreshScores } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { Commission } from '../commissions/commission.entity';
import { RejectReason } from '../reject-reasons/reject-reason.entity';
import { claimIdempotencyKey } from './idempotency';
import { EventRow, insertEvents, insertVersions, VersionRow } from './item-history';
import { lockItem } from './item-lock';
import { ItemReader } from './item-reader';
import { missingRequirements, MoveInput, transitionFor } from './item-state-machine';
import { CommentAudience, CommissionStatus, ErrorCode, ItemAction, ItemStatus, ItemView, Permission, permissionFor, Transition } from '@sqmy/contract';
import { Item } from './item.entity';
import { staleVersion } from './stale-version';

/**
 * What a move does besides the table's part, inside the move's transaction: set the assignee, the
 * edited text, the combined item… It may return further jobs to commit with the move.
 */
export type MoveEffect = (manager: EntityManager, item: Item) => Promise<JobRequest[] | void>;

export interface ApplyOptions {
  idempotencyKey?: string;
  effect?: MoveEffect;
}

/** A move checked against the table and made on the item in memory, waiting to be recorded. */
export interface PlannedMove {
  transition: Transition;
  action: ItemAction;
  from: ItemStatus;
  comment: string | null;
  reason: RejectReason | null;
  /** Jobs the move's effect asked for. */
  jobs: JobRequest[];
}

/** What a move leaves behind: its stored text (if it stores one), its event, and what follows from it. */
export interface MoveRecord {
  version: VersionRow | null;
  event: EventRow;
  /** Whether it answers the item's commission (约稿). */
  answersCommission: boolean;
  jobs: JobRequest[];
}

/** The columns a move or its effect may change; the lock version and `updated_at` follow by themselves. */
const MOVED_COLUMNS = ['title', 'body', 'status', 'statusChangedAt', 'submittedAt', 'versionNo', 'rejectReasonCode', 'assigneeId', 'mergedIntoId', 'updatedById'] as const;

/**
 * The one mechanism every move of an item goes through. It checks the role, the state, the version
 * and the move's requirements against TRANSITIONS, then commits state, version, audit event and
 * outbox rows together or not at all.
 */
@Injectable()
export class ItemTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ItemReader,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
  ) {}

  /** Submit a draft, or resubmit a returned item as its new version: the author's one "报送" button. */
  submitOrResubmit(principal: Principal, id: string, idempotencyKey?: string): Promise<ItemView> {
    const choose = (status: ItemStatus) => (status === ItemStatus.Returned ? ItemAction.Resubmit : ItemAction.Submit);
    return this.apply(principal, id, choose, {}, { idempotencyKey });
  }

  /** One move of one item in a transaction of its own; answers the item as the caller now sees it. */
  async apply(
    principal: Principal,
    id: string,
    action: ItemAction | ((status: ItemStatus) => ItemAction),
    input: MoveInput = {},
    { idempotencyKey, effect }: ApplyOptions = {},
  ): Promise<ItemView> {
    await this.dataSource.transaction(async (manager) => {
      if (idempotencyKey) {
        const scope = `${typeof action === 'function' ? 'submit' : action}:${id}`;
        const earlier = await claimIdempotencyKey(manager, { userId: principal.id, key: idempotencyKey, scope, itemId: id });
        if (earlier) return;
      }
      const item = await lockItem(manager, id);
      await this.move(manager, principal, item, typeof action === 'function' ? action(item.status) : action, input, effect);
    });
    return this.reader.get(principal, id);
  }

  /** Moves an item the caller locked, inside the caller's transaction (merging moves several at once). */
  async move(manager: EntityManager, principal: Principal, item: Item, action: ItemAction, input: MoveInput = {}, effect?: MoveEffect): Promise<void> {
    const move = await this.plan(manager, principal, item, action, input, effect);
    await manager.update(Item, { id: item.id }, Object.fromEntries(MOVED_COLUMNS.map((column) => [column, item[column]])));
    item.version += 1;
    await this.record(manager, principal, item, move);
  }

  /**
   * Checks `action` against the table (role, state, version, requirements), runs its effect, and
   * makes the move on the item in memory. The caller writes the row — an UPDATE, or the INSERT of
   * an item submitted as it is created — then `record`s the move in the same transaction.
   */
  async plan(manager: EntityManager, principal: Principal, item: Item, action: ItemAction, input: MoveInput = {}, effect?: MoveEffect): Promise<PlannedMove> {
    const permission = permissionFor(action);
    if (!this.policy.can(principal, permission)) throw AppError.forbidden();
    // Items are committee-owned (the route's target says so too): only their own committee's desk moves them,
    // also when a move is made for items named in a body (merging).
    if (permission !== Permission.ItemsWrite && item.committeeId !== principal.committeeId) {
      throw new AppError(403, ErrorCode.OutOfScope, '该稿件属于另一个委员会的编辑台');
    }
    const transition = transitionFor(action, item.status);
    if (input.version !== undefined && input.version !== item.version) throw await staleVersion(manager, item);
    const reason = await this.checkRequirements(manager, transition, input);
    const jobs = (await effect?.(manager, item)) ?? [];
    const from = item.status;
    if (transition.storesVersion) {
      const problems = [
        ...(isBlank(item.title) ? [{ field: 'title', message: '请填写标题' }] : []),
        ...(isBlank(item.body) ? [{ field: 'body', message: '请填写正文' }] : []),
      ];
      if (problems.length) throw AppError.unprocessable(ErrorCode.ItemIncomplete, '标题和正文都不能为空', problems);
      item.versionNo += 1;
    }
    if (transition.to && transition.to !== from) {
      item.status = transition.to;
      item.statusChangedAt = new Date();
    }
    if (transition.to === ItemStatus.Submitted) item.submittedAt = new Date();
    if (reason) item.rejectReasonCode = reason.code;
    item.updatedById = principal.id;
    return { transition, action, from, comment: input.comment?.trim() || null, reason, jobs };
  }

  /**
   * Writes what a planned move leaves behind: the stored version, the audit event, and the jobs —
   * intake for a submitted text, the authors' notice, the effect's own. `authorIds` saves a query
   * when the caller knows them.
   */
  async record(manager: EntityManager, principal: Principal, item: Item, move: PlannedMove, authorIds?: string[]): Promise<void> {
    const needsAuthors = Boolean(noticeOf(move)) && !authorIds;
    const written = this.recordOf(principal, item, move, needsAuthors ? await this.authorsOf(manager, item.id) : (authorIds ?? []));
    await queryPreparedSql(manager, 'record-item-move', recordMove(written));
    if (written.answersCommission) await answerCommission(manager, item);
    await this.outbox.add(manager, ...written.jobs);
  }

  /** What `record` writes, for a caller that writes it in a statement of its own (ItemsService.create). */
  recordOf(principal: Principal, item: Item, move: PlannedMove, authorIds: string[]): MoveRecord {
    const submitted = move.transition.to === ItemStatus.Submitted;
    const notice = noticeOf(move);
    const others = notice ? authorIds.filter((id) => id !== principal.id) : [];
    return {
      version: move.transition.storesVersion
        ? { itemId: item.id, no: item.versionNo, title: item.title, body: item.body, createdById: principal.id, reason: move.action }
        : null,
      event: {
        itemId: item.id,
        actorId: principal.id,
        action: move.action,
        fromStatus: move.from,
        toStatus: item.status,
        comment: move.comment,
        reasonCode: move.reason?.code ?? null,
        commentAudience: move.transition.comment.audience,
      },
      answersCommission: submitted && Boolean(item.commissionId),
      jobs: [
        ...(submitted ? [{ name: JobName.IntakeItem, payload: { itemId: item.id, versionNo: item.versionNo } } as const] : []),
        ...(!submitted && move.transition.storesVersion ? [reindex(item)] : []),
        ...(others.length ? [this.authorNotice(item, move, notice!, others)] : []),
        ...move.jobs,
        ...(submitted || item.status === ItemStatus.Draft ? refreshScores([item.id]) : []), // 采用率 counts submissions
      ],
    };
  }

  /** Refuses a move without what it requires; answers the reject reason when the move takes one. */
  private async checkRequirements(manager: EntityManager, transition: Transition, input: MoveInput): Promise<RejectReason | null> {
    const reason = transition.requiresReason && input.reasonCode ? await manager.findOneBy(RejectReason, { code: input.reasonCode, active: true }) : null;
    if (transition.requiresReason && input.reasonCode && !reason) {
      throw AppError.unprocessable(ErrorCode.InvalidReference, '没有这个不予采用的理由', [{ field: 'reasonCode', message: '没有这个理由' }]);
    }
    const missing = missingRequirements(transition, input, reason?.commentRequired);
    if (missing.length) throw AppError.unprocessable(ErrorCode.TransitionIncomplete, missing.map((m) => m.message).join('；'), missing);
    return reason;
  }

  private async authorsOf(manager: EntityManager, itemId: string): Promise<string[]> {
    const rows = await manager.query<{ user_id: string }[]>('SELECT user_id FROM item_author WHERE item_id = $1 ORDER BY position', [itemId]);
    return rows.map((row) => row.user_id);
  }

  /** The authors (except whoever made the move) hear of it, with the reason and the comment if it is addressed to them. */
  private authorNotice(item: Item, move: PlannedMove, title: string, userIds: string[]): JobRequest {
    const { audience, label } = move.transition.comment;
    const comment = audience === CommentAudience.Author && move.comment ? `${label}：${move.comment}` : null;
    const because = [move.reason && `理由：${move.reason.label}。`, comment].filter(Boolean).join('');
    const body = move.transition.to === ItemStatus.Submitted ? `《${item.title}》已报送研究中心。` : `《${item.title}》${move.transition.label}。${because}`;
    return { name: JobName.NotifyUsers, payload: { userIds, title, body, link: `/my-items/${item.id}` } };
  }
}

/** What the authors are told of a move, if anything: a first submit tells the co-authors (联名). */
const noticeOf = (move: PlannedMove) => (move.transition.to === ItemStatus.Submitted ? '联名稿件已报送' : move.transition.notice);

/** The version and event of a move, in one statement. */
const recordMove = (record: MoveRecord) =>
  sql`WITH version AS (${insertVersions(record.version ? [record.version] : [])}) ${insertEvents([record.event])}`;

/** A submitted item answers the commission (约稿) it was written for, if that is still open. */
export const answerCommission = (manager: EntityManager, item: Pick<Item, 'id' | 'commissionId'>) =>
  manager.update(Commission, { id: item.commissionId!, status: CommissionStatus.Open }, { status: CommissionStatus.Answered, answeredByItemId: item.id });

/** The desk changed the text: search and near-duplicates follow it, and the editors are not told of a new item. */
export const reindex = (item: Pick<Item, 'id' | 'versionNo'>): JobRequest => ({
  name: JobName.IntakeItem,
  payload: { itemId: item.id, versionNo: item.versionNo, notifyEditors: false },
});
