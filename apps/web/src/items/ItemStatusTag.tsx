import { Tag } from 'antd';
import { ITEM_STATUS_LABELS } from '@sqmy/contract';
import { ITEM_STATUS_COLORS } from './item-labels';
import type { ItemStatus } from './types';

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  return (
    <Tag color={ITEM_STATUS_COLORS[status]} data-testid="item-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {ITEM_STATUS_LABELS[status]}
    </Tag>
  );
}
