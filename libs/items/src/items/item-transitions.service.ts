import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Permission, Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { isBlank } from '@sqmy/intake';
import { JobName, JobRequest, OutboxService } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { Commission, CommissionStatus } from '../commissions/commission.entity';
import { RejectReason } from '../reject-reasons/reject-reason.entity';
import { claimIdempotencyKey } from './idempotency';
import { ItemAuthor } from './item-author.entity';
import { ItemEvent } from './item-event.entity';
import { ItemReader } from './item-reader';
import { ItemAction, missingRequirements, MoveInput, permissionFor, Transition, transitionFor } from './item-state-machine';
import { ItemStatus } from './item-status';
import { ItemVersion } from './item-version.entity';
import { Item } from './item.entity';
import { ItemView } from './item.view';
import { ItemsService } from './items.service';
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

/**
 * The one mechanism every move of an item goes through. It checks the role, the state, the version
 * and the move's requirements against TRANSITIONS, then commits state, version, audit event and
 * outbox rows together or not at all.
 */
@Injectable()
export class ItemTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemsService,
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
      const item = await this.items.lockItem(manager, id);
      await this.move(manager, principal, item, typeof action === 'function' ? action(item.status) : action, input, effect);
    });
    return this.reader.get(principal, id);
  }

  /** Moves an item the caller locked, inside the caller's transaction (merging moves several at once). */
  async move(manager: EntityManager, principal: Principal, item: Item, action: ItemAction, input: MoveInput = {}, effect?: MoveEffect): Promise<void> {
    const permission = permissionFor(action);
    if (!this.policy.can(principal, permission)) throw AppError.forbidden();
    // The route's scope reaches the committee's subtree; a county committee's items are moved by its own desk.
    if (permission !== Permission.ItemsWrite && item.committeeId !== principal.committeeId) {
      throw new AppError(403, 'OUT_OF_SCOPE', '该稿件属于另一个委员会的编辑台');
    }
    const transition = transitionFor(action, item.status);
    if (input.version !== undefined && input.version !== item.version) throw await staleVersion(manager, item);
    const reason = await this.checkRequirements(manager, transition, input);
    const jobs = (await effect?.(manager, item)) ?? [];
    const from = item.status;
    if (transition.storesVersion) await this.storeVersion(manager, principal, item, action);
    if (transition.to && transition.to !== from) {
      item.status = transition.to;
      item.statusChangedAt = new Date();
    }
    if (transition.to === ItemStatus.Submitted) item.submittedAt = new Date();
    if (reason) item.rejectReasonCode = reason.code;
    item.updatedById = principal.id;
    await manager.save(item);
    const comment = input.comment?.trim() || null;
    await manager.insert(ItemEvent, { itemId: item.id, actorId: principal.id, action, fromStatus: from, toStatus: item.status, comment, reasonCode: reason?.code ?? null });
    if (transition.to === ItemStatus.Submitted) await this.afterSubmit(manager, principal, item);
    else if (transition.storesVersion) jobs.push(reindex(item));
    const because = [reason && `理由：${reason.label}。`, comment && `意见：${comment}`].filter(Boolean).join('');
    await this.outbox.add(manager, ...(await this.authorNotice(manager, principal, item, transition, because)), ...jobs);
  }

  /** Refuses a move without what it requires; answers the reject reason when the move takes one. */
  private async checkRequirements(manager: EntityManager, transition: Transition, input: MoveInput): Promise<RejectReason | null> {
    const reason = transition.requiresReason && input.reasonCode ? await manager.findOneBy(RejectReason, { code: input.reasonCode, active: true }) : null;
    if (transition.requiresReason && input.reasonCode && !reason) {
      throw AppError.unprocessable('INVALID_REFERENCE', '没有这个不予采用的理由', [{ field: 'reasonCode', message: '没有这个理由' }]);
    }
    const missing = missingRequirements(transition, input, reason?.commentRequired);
    if (missing.length) throw AppError.unprocessable('TRANSITION_INCOMPLETE', missing.map((m) => m.message).join('；'), missing);
    return reason;
  }

  private async storeVersion(manager: EntityManager, principal: Principal, item: Item, action: ItemAction): Promise<void> {
    const problems = [
      ...(isBlank(item.title) ? [{ field: 'title', message: '请填写标题' }] : []),
      ...(isBlank(item.body) ? [{ field: 'body', message: '请填写正文' }] : []),
    ];
    if (problems.length) throw AppError.unprocessable('ITEM_INCOMPLETE', '标题和正文都不能为空', problems);
    item.versionNo += 1;
    await manager.insert(ItemVersion, { itemId: item.id, no: item.versionNo, title: item.title, body: item.body, createdById: principal.id, reason: action });
  }

  /** The authors (except whoever made the move) hear of it, with the reason and the comment. */
  private async authorNotice(manager: EntityManager, principal: Principal, item: Item, transition: Transition, because: string): Promise<JobRequest[]> {
    if (!transition.notice) return [];
    const userIds = (await manager.findBy(ItemAuthor, { itemId: item.id })).map((a) => a.userId).filter((id) => id !== principal.id);
    if (userIds.length === 0) return [];
    const body = `《${item.title}》${transition.label}。${because}`;
    return [{ name: JobName.NotifyUsers, payload: { userIds, title: transition.notice, body, link: `/my-items/${item.id}` } }];
  }

  /** A submitted version goes to intake; the commission it answers is closed; co-authors hear of it. */
  private async afterSubmit(manager: EntityManager, principal: Principal, item: Item): Promise<void> {
    if (item.commissionId) {
      await manager.update(Commission, { id: item.commissionId, status: CommissionStatus.Open }, { status: CommissionStatus.Answered, answeredByItemId: item.id });
    }
    const coAuthors = (await manager.findBy(ItemAuthor, { itemId: item.id })).map((a) => a.userId).filter((userId) => userId !== principal.id);
    await this.outbox.add(
      manager,
      { name: JobName.IntakeItem, payload: { itemId: item.id, versionNo: item.versionNo } },
      ...(coAuthors.length
        ? [{ name: JobName.NotifyUsers, payload: { userIds: coAuthors, title: '联名稿件已报送', body: `《${item.title}》已报送研究中心。`, link: `/my-items/${item.id}` } } as const]
        : []),
    );
  }
}

/** The desk changed the text: search and near-duplicates follow it, and the editors are not told of a new item. */
export const reindex = (item: Pick<Item, 'id' | 'versionNo'>): JobRequest => ({
  name: JobName.IntakeItem,
  payload: { itemId: item.id, versionNo: item.versionNo, notifyEditors: false },
});
