import { Tag } from 'antd';
import { ITEM_STATUS_LABELS, ItemStatus } from '@sqmy/contract';
import { ITEM_STATUS_COLORS } from './item-labels';

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  return (
    <Tag color={ITEM_STATUS_COLORS[status]} data-testid="item-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {ITEM_STATUS_LABELS[status]}
    </Tag>
  );
}
