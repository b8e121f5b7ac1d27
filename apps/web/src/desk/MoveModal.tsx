import { Form, Input } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { unguarded } from './conflict-guard';
import type { ConflictGuard } from './conflict-guard';
import { MOVE_DIALOGS } from './move-dialogs';
import type { CommentMove } from './move-dialogs';

interface MoveModalProps {
  move: CommentMove;
  item: Pick<Wire<ItemView>, 'id' | 'title' | 'version'>;
  onMoved(item: Wire<ItemView>, done: string): void;
  onClose(): void;
  guard?: ConflictGuard;
}

/** One move of the item with its comment (required for a return or a send-back). */
export function MoveModal({ move, item, onMoved, onClose, guard = unguarded }: MoveModalProps) {
  const dialog = MOVE_DIALOGS[move];
  const submit = async ({ comment }: { comment?: string }) => {
    const moved = await guard(() => dialog.send(item.id, { comment: comment?.trim() || undefined, version: item.version }));
    onMoved(moved, dialog.done);
  };
  return (
    <FormModal<{ comment?: string }> title={`${dialog.title}：《${item.title}》`} okText={dialog.okText} testIdPrefix={`move-${move}`} onSubmit={submit} onClose={onClose}>
      <Form.Item
        name="comment"
        label={dialog.commentRequired ? '意见' : '说明'}
        rules={dialog.commentRequired ? [{ required: true, whitespace: true, message: '请填写意见' }] : []}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} placeholder={dialog.placeholder} data-testid={`move-${move}-comment`} />
      </Form.Item>
    </FormModal>
  );
}
