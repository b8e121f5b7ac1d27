import { Principal } from '@sqmy/accounts';
import { ErrorCode, ErrorDetail, IssueStatus, ItemStatus } from '@sqmy/contract';
import { isUniqueViolation } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { Item } from '@sqmy/items';
import { EntityManager, In } from 'typeorm';
import { editorNoteText } from '../layout/editor-note';
import { BulletinIssueItem } from './bulletin-issue-item.entity';
import { BulletinIssue } from './bulletin-issue.entity';
import { IssueItemEntryDto } from './dto/issue.dto';
import { labelOf } from './issue-reader';

/** A draft, locked; anything else is refused. */
export async function lockDraft(manager: EntityManager, principal: Principal, id: string): Promise<BulletinIssue> {
  const issue = await lockIssue(manager, principal, id);
  if (issue.status !== IssueStatus.Draft) throw AppError.conflict(ErrorCode.IssueNotDraft, '本期已签发，不能再修改或删除；如有错误请出更正', [{ field: 'status', message: issue.status }]);
  return issue;
}

export async function lockIssue(manager: EntityManager, principal: Principal, id: string): Promise<BulletinIssue> {
  const issue = await manager.findOne(BulletinIssue, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!issue || issue.committeeId !== principal.committeeId) throw AppError.notFound('期刊');
  return issue;
}

/** Item ids of the issue a correction corrects: they may appear again although published. */
async function correctable(manager: EntityManager, issue: BulletinIssue): Promise<Set<string>> {
  if (!issue.correctsIssueId) return new Set();
  const rows = await manager.findBy(BulletinIssueItem, { issueId: issue.correctsIssueId });
  return new Set(rows.map((r) => r.itemId));
}

/**
 * Checks that each listed item may be in `issue` now: of the committee (else 422), approved or — in a
 * correction — of the corrected issue (else 409), and in no other issue that is not a correction (409).
 * Answers the items, locked for share, in the list's order.
 */
export async function checkIssueItems(manager: EntityManager, principal: Principal, issue: BulletinIssue, itemIds: string[]): Promise<Item[]> {
  const found = await manager.find(Item, { where: { id: In(itemIds) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_read' } });
  const byId = new Map(found.map((item) => [item.id, item]));
  const field = (index: number) => `items.${index}.itemId`;
  const foreign: ErrorDetail[] = [];
  itemIds.forEach((itemId, index) => {
    const item = byId.get(itemId);
    if (!item) foreign.push({ field: field(index), message: '没有这篇稿件' });
    else if (item.committeeId !== principal.committeeId) foreign.push({ field: field(index), message: '不是本委员会的稿件' });
  });
  if (foreign.length) throw AppError.unprocessable(ErrorCode.InvalidReference, '有的稿件不存在或不是本委员会的', foreign);

  const allowed = await correctable(manager, issue);
  const unapproved = itemIds.flatMap((itemId, index) => {
    const item = byId.get(itemId)!;
    return item.status === ItemStatus.Approved || allowed.has(itemId) ? [] : [{ field: field(index), message: `《${item.title}》尚未审核通过` }];
  });
  if (unapproved.length) throw AppError.conflict(ErrorCode.ItemNotApproved, '只能编入已审核通过的稿件', unapproved);

  if (!issue.correctsIssueId) {
    const others = await manager.query<{ item_id: string; issue_id: string }[]>(
      'SELECT item_id, issue_id FROM bulletin_issue_item WHERE item_id = ANY($1) AND NOT correction AND issue_id <> $2',
      [itemIds, issue.id],
    );
    if (others.length) {
      const issues = new Map((await manager.findBy(BulletinIssue, { id: In(others.map((o) => o.issue_id)) })).map((i) => [i.id, labelOf(i) ?? '另一期草稿']));
      const details = others.map((o) => ({ field: field(itemIds.indexOf(o.item_id)), message: `已编入${issues.get(o.issue_id)}（${o.issue_id}）` }));
      throw AppError.conflict(ErrorCode.ItemInOtherIssue, '有的稿件已编入另一期', details);
    }
  }
  return itemIds.map((id) => byId.get(id)!);
}

/** Replaces the issue's list with `entries`, in order. */
export async function replaceIssueItems(manager: EntityManager, principal: Principal, issue: BulletinIssue, entries: IssueItemEntryDto[]): Promise<void> {
  await checkIssueItems(manager, principal, issue, entries.map((e) => e.itemId));
  await manager.delete(BulletinIssueItem, { issueId: issue.id });
  if (entries.length === 0) return;
  const rows = entries.map((entry, index) => ({
    issueId: issue.id,
    itemId: entry.itemId,
    position: index + 1,
    editorNote: editorNoteText(entry.editorNote),
    correction: issue.correctsIssueId !== null,
  }));
  try {
    await manager.insert(BulletinIssueItem, rows);
  } catch (error) {
    if (isUniqueViolation(error, 'bulletin_issue_item_once_idx')) throw AppError.conflict(ErrorCode.ItemInOtherIssue, '有的稿件刚被编入另一期，请刷新后重试');
    throw error;
  }
}
