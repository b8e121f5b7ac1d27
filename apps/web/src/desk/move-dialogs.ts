import type { ItemView, MoveBody, Wire } from '@sqmy/contract';
import { deskApi } from './desk-api';

/** The moves that take (or may take) a comment, and how their dialog reads. */
export type CommentMove = 'accept' | 'return' | 'propose' | 'approve' | 'sendBack';

export interface MoveDialog {
  label: string;
  title: string;
  okText: string;
  /** Returns and send-backs must say why; the others may add a note. */
  commentRequired: boolean;
  placeholder: string;
  done: string;
  send(id: string, body: MoveBody): Promise<Wire<ItemView>>;
}

export const MOVE_DIALOGS: Record<CommentMove, MoveDialog> = {
  accept: {
    label: '采用',
    title: '采用稿件，进入编辑',
    okText: '采用',
    commentRequired: false,
    placeholder: '备注（可不填）',
    done: '已采用，稿件进入编辑',
    send: deskApi.accept,
  },
  return: {
    label: '退回修改',
    title: '退回作者修改',
    okText: '退回',
    commentRequired: true,
    placeholder: '写明需要作者修改、补充的内容，作者将收到通知',
    done: '已退回作者修改',
    send: (id, body) => deskApi.return(id, { ...body, comment: body.comment ?? '' }),
  },
  propose: {
    label: '提交审核',
    title: '提交审核',
    okText: '提交审核',
    commentRequired: false,
    placeholder: '给审核人的说明（可不填）',
    done: '已提交审核',
    send: deskApi.propose,
  },
  approve: {
    label: '审核通过',
    title: '审核通过',
    okText: '通过',
    commentRequired: false,
    placeholder: '审核意见（可不填）',
    done: '已审核通过，稿件等待编入刊物',
    send: deskApi.approve,
  },
  sendBack: {
    label: '退回编辑',
    title: '退回编辑修改',
    okText: '退回编辑',
    commentRequired: true,
    placeholder: '写明需要编辑修改的地方',
    done: '已退回编辑',
    send: (id, body) => deskApi.sendBack(id, { ...body, comment: body.comment ?? '' }),
  },
};
