import { Alert } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';
import { formatDateTime } from '../format';
import { latestReturn } from './return-comment';

/** The editor's comments on a returned item, at the top where the author cannot miss them. */
export function ReturnNotice({ item }: { item: Wire<ItemView> }) {
  const event = item.status === 'returned' ? latestReturn(item.events) : undefined;
  if (!event) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={`退回修改意见（${event.actor}，${formatDateTime(event.at)}）`}
      description={<div className="return-comment">{event.comment || '（未填写意见）'}</div>}
      data-testid="return-notice"
    />
  );
}
