import { Injectable } from '@nestjs/common';
import { Principal } from '@sqmy/accounts';
import { ItemAction, ItemView } from '@sqmy/contract';
import { ItemTransitionsService, MoveEffect } from '@sqmy/items';
import { JobName } from '@sqmy/queue';
import { assertEditorOf } from '../desk-people';
import { AssignDto, MoveDto, RejectDto, ScreenDto } from './dto/move.dto';

/** Screening (阅选): claim or assign, accept, return for revision, reject with a reason. */
@Injectable()
export class ScreeningService {
  constructor(private readonly transitions: ItemTransitionsService) {}

  screen(principal: Principal, id: string, dto: ScreenDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Screen, dto, { effect: assignTo(principal, dto.assigneeId ?? principal.id) });
  }

  assign(principal: Principal, id: string, dto: AssignDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Assign, dto, { effect: assignTo(principal, dto.assigneeId) });
  }

  accept(principal: Principal, id: string, dto: MoveDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Accept, dto);
  }

  return(principal: Principal, id: string, dto: MoveDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Return, dto);
  }

  reject(principal: Principal, id: string, dto: RejectDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Reject, dto);
  }
}

/** Makes `assigneeId` the item's editor; someone assigned by a colleague is told. */
const assignTo =
  (principal: Principal, assigneeId: string): MoveEffect =>
  async (manager, item) => {
    await assertEditorOf(manager, item.committeeId, assigneeId);
    item.assigneeId = assigneeId;
    if (assigneeId === principal.id) return [];
    return [{ name: JobName.NotifyUsers, payload: { userIds: [assigneeId], title: '有稿件分配给您', body: `《${item.title}》请您阅选、编辑。`, link: `/desk/items/${item.id}` } }];
  };
