import { Button, Space } from 'antd';
import type { DeskItem, Wire } from '@sqmy/contract';
import { deskMovesOf } from './desk-moves';

export interface RowActionsProps {
  item: Wire<Wire<DeskItem>>;
  myId: string;
  busyId: string | undefined;
  onClaim(item: Wire<Wire<DeskItem>>): void;
  onAssign(item: Wire<Wire<DeskItem>>): void;
}

/** 领取 an item nobody (or somebody else) holds, 分派 it to an editor; only where the server allows it (editors). */
export function RowActions({ item, myId, busyId, onClaim, onAssign }: RowActionsProps) {
  if (!deskMovesOf(item.allowedMoves).includes('assign')) return null;
  const mine = item.assignee?.id === myId;
  return (
    <Space size={4}>
      {!mine && (
        <Button size="small" type="primary" ghost loading={busyId === item.id} onClick={() => onClaim(item)} data-testid="claim-item">
          领取
        </Button>
      )}
      <Button size="small" onClick={() => onAssign(item)} data-testid="assign-item">
        分派
      </Button>
    </Space>
  );
}
