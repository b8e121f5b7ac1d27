import { Injectable } from '@nestjs/common';
import { Principal } from '@sqmy/accounts';
import { ItemAction, ItemView, Role } from '@sqmy/contract';
import { ItemTransitionsService } from '@sqmy/items';
import { JobName } from '@sqmy/queue';
import { committeePeople } from '../desk-people';
import { MoveDto } from '../screening/dto/move.dto';

/** Review (审核): the editor proposes, the chief editor approves or sends back with comments. */
@Injectable()
export class ReviewService {
  constructor(private readonly transitions: ItemTransitionsService) {}

  /** The committee's chief editors hear that an item waits for them. */
  propose(principal: Principal, id: string, dto: MoveDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Propose, dto, {
      effect: async (manager, item) => {
        const chiefs = await committeePeople(manager, item.committeeId, Role.ChiefEditor);
        if (chiefs.length === 0) return [];
        const payload = { userIds: chiefs.map((c) => c.id), title: '有稿件待审核', body: `《${item.title}》已提交审核。`, link: `/desk/items/${item.id}` };
        return [{ name: JobName.NotifyUsers, payload }];
      },
    });
  }

  approve(principal: Principal, id: string, dto: MoveDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Approve, dto);
  }

  /** The item's editor hears why it came back. */
  sendBack(principal: Principal, id: string, dto: MoveDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.SendBack, dto, {
      effect: async (_, item) => {
        if (!item.assigneeId) return [];
        const payload = { userIds: [item.assigneeId], title: '稿件被退回编辑', body: `《${item.title}》审核意见：${dto.comment ?? ''}`, link: `/desk/items/${item.id}` };
        return [{ name: JobName.NotifyUsers, payload }];
      },
    });
  }
}
