import { Empty, Tag, Timeline } from 'antd';
import { commentLabelOf, ITEM_STATUS_LABELS, ItemAction, ItemEventView, ItemView, Wire } from '@sqmy/contract';
import { formatDateTime } from '../format';
import { happenedLabel } from './item-labels';

const COLORS: Record<string, string> = {
  submit: 'blue',
  resubmit: 'blue',
  withdraw: 'gray',
  return: 'orange',
  send_back: 'orange',
  reject: 'red',
  approve: 'green',
  publish: 'green',
};

const isReturn = (event: Wire<ItemEventView>) => event.to === 'returned';

/** What the comment is, said before it: 退回意见, 编辑说明, 刊发说明… */
function commentLabel(event: Wire<ItemEventView>): string | undefined {
  const label = commentLabelOf(isReturn(event) ? ItemAction.Return : event.action);
  return label && `${label}：`;
}

function EventEntry({ event, reasonLabel }: { event: Wire<ItemEventView>; reasonLabel?: string }) {
  return (
    <div className="timeline-entry" data-testid="timeline-entry" data-action={event.action}>
      <div className="timeline-head">
        <strong>{happenedLabel(event.action)}</strong>
        <span className="timeline-move">
          {event.from ? `${ITEM_STATUS_LABELS[event.from]} → ` : ''}
          {ITEM_STATUS_LABELS[event.to]}
        </span>
      </div>
      <div className="timeline-meta">
        {event.actor} · {formatDateTime(event.at)}
      </div>
      {event.reasonCode && (
        <div className="timeline-comment reject" data-testid="timeline-reason">
          <strong>不予采用理由：</strong>
          {reasonLabel ?? event.reasonCode}
        </div>
      )}
      {event.comment && (
        <div className={isReturn(event) || event.action === 'send_back' ? 'timeline-comment return' : 'timeline-comment'} data-testid="timeline-comment">
          {commentLabel(event) && <strong>{commentLabel(event)}</strong>}
          {event.comment}
          {event.audience === 'desk' && (
            <Tag style={{ marginInlineStart: 8 }} data-testid="timeline-desk-only">
              仅编辑部可见
            </Tag>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Every status change of the item, oldest first: who, when, from → to, and the comment. The reject
 * reason's name is the item's (`rejectReason`, from the server): an item is rejected once, and stays so.
 */
export function ItemTimeline({ events, rejectReason }: { events: Wire<ItemEventView>[]; rejectReason?: Wire<ItemView>['rejectReason'] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未报送" style={{ margin: '8px 0' }} />;
  return (
    <div data-testid="item-timeline">
      <Timeline
        items={events.map((event, index) => ({
          key: index,
          color: COLORS[event.action] ?? (isReturn(event) ? 'orange' : 'gray'),
          content: <EventEntry event={event} reasonLabel={event.reasonCode === rejectReason?.code ? rejectReason?.label : undefined} />,
        }))}
      />
    </div>
  );
}
