import { Button, Space } from 'antd';
import { DeskItem, ItemStatus, Wire } from '@sqmy/contract';

export interface RowActionsProps {
  item: Wire<DeskItem>;
  myId: string;
  /** Only editors claim and assign; others see no actions. */
  canAssign: boolean;
  busyId: string | undefined;
  onClaim(item: Wire<DeskItem>): void;
  onAssign(item: Wire<DeskItem>): void;
}

const ASSIGNABLE: readonly Wire<DeskItem>['status'][] = [ItemStatus.Submitted, ItemStatus.Screening, ItemStatus.Editing];

/** 领取 an item nobody (or somebody else) holds, 分派 it to an editor. */
export function RowActions({ item, myId, canAssign, busyId, onClaim, onAssign }: RowActionsProps) {
  if (!canAssign || !ASSIGNABLE.includes(item.status)) return null;
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
