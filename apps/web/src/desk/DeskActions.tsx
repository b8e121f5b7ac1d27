import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { ItemView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useLoad } from '../api/use-load';
import { useMe } from '../auth/AuthProvider';
import { assignItem } from './assign-moves';
import { AssignModal } from './AssignModal';
import { conflictGuard } from './conflict-guard';
import type { ConflictGuard } from './conflict-guard';
import { deskApi } from './desk-api';
import { deskMovesOf } from './desk-moves';
import type { DeskMove } from './desk-moves';
import { MOVE_DIALOGS } from './move-dialogs';
import type { CommentMove } from './move-dialogs';
import { MoveModal } from './MoveModal';
import { RejectModal } from './RejectModal';

interface DeskActionsProps {
  item: Wire<ItemView>;
  /** True while the text editor is open: the other moves wait until it is saved or closed. */
  editing: boolean;
  onChanged(item: Wire<ItemView>): void;
  /** Loads the item afresh: after a 409 the page's copy is out of date. */
  onReload(): void;
  onEdit(): void;
}

interface AssignDialogProps {
  item: Wire<ItemView>;
  guard: ConflictGuard;
  onDone(item: Wire<ItemView>): void;
  onClose(): void;
}

function AssignDialog({ item, guard, onDone, onClose }: AssignDialogProps) {
  const me = useMe();
  const summary = useLoad(deskApi.summary, []);
  return (
    <AssignModal
      title={`分派《${item.title}》`}
      editors={summary.data?.editors ?? []}
      currentId={item.assignee?.id}
      onSubmit={async (assigneeId) => onDone(await guard(() => assignItem(item, assigneeId, me.id)))}
      onClose={onClose}
    />
  );
}

const PRIMARY: readonly DeskMove[] = ['screen', 'accept', 'propose', 'approve'];

const LABELS: Record<DeskMove, string> = {
  screen: '领取阅选',
  assign: '分派给…',
  reject: '不予采用',
  edit: '修改正文',
  ...Object.fromEntries(Object.entries(MOVE_DIALOGS).map(([move, dialog]) => [move, dialog.label])),
} as Record<DeskMove, string>;

const isCommentMove = (move: DeskMove | undefined): move is CommentMove => !!move && move in MOVE_DIALOGS;

/** The moves the server allows the caller on the item, each a button; those with a comment or a choice open a dialog. */
export function DeskActions({ item, editing, onChanged, onReload, onEdit }: DeskActionsProps) {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [open, setOpen] = useState<DeskMove>();
  const [claiming, setClaiming] = useState(false);
  const close = () => setOpen(undefined);
  const guard = conflictGuard(() => {
    close();
    onReload();
  });
  const done = (moved: Wire<ItemView>, text: string) => {
    close();
    onChanged(moved);
    message.success(text);
  };

  const claim = async () => {
    setClaiming(true);
    try {
      done(await guard(() => deskApi.screen(item.id, { version: item.version })), '已领取，开始阅选');
    } catch (error) {
      showError(error);
    } finally {
      setClaiming(false);
    }
  };

  const onClick = (move: DeskMove) => {
    if (move === 'screen') void claim();
    else if (move === 'edit') onEdit();
    else setOpen(move);
  };

  return (
    <Space wrap data-testid="desk-actions">
      {deskMovesOf(item.allowedMoves).map((move) => (
        <Button
          key={move}
          type={PRIMARY.includes(move) ? 'primary' : 'default'}
          danger={move === 'reject'}
          loading={move === 'screen' && claiming}
          disabled={editing}
          onClick={() => onClick(move)}
          data-testid={`move-${move}`}
        >
          {LABELS[move]}
        </Button>
      ))}
      {open === 'assign' && <AssignDialog item={item} guard={guard} onDone={(moved) => done(moved, '已分派')} onClose={close} />}
      {open === 'reject' && <RejectModal item={item} guard={guard} onRejected={(moved) => done(moved, '已不予采用，作者将收到通知')} onClose={close} />}
      {isCommentMove(open) && <MoveModal move={open} item={item} guard={guard} onMoved={done} onClose={close} />}
    </Space>
  );
}
