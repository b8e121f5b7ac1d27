import { Alert } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';

/** Why the research center did not use the item (不予采用), with the editor's words. */
export function RejectNotice({ item }: { item: Wire<Wire<ItemView>> }) {
  if (item.status !== 'rejected') return null;
  const event = [...item.events].reverse().find((candidate) => candidate.action === 'reject');
  const reason = item.rejectReason?.label ?? event?.reasonCode ?? undefined;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={`不予采用${reason ? `：${reason}` : ''}`}
      description={event?.comment ? <div className="return-comment">{event.comment}</div> : undefined}
      data-testid="reject-notice"
    />
  );
}
