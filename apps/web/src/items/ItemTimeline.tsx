import { Empty, Tag, Timeline } from 'antd';
import type { ItemEventView, Wire } from '@sqmy/contract';
import { formatDateTime } from '../format';
import { COMMENT_LABELS, ITEM_ACTION_LABELS, ITEM_STATUS_LABELS, labelOf, REJECT_REASON_LABELS } from './item-labels';

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
  const label = isReturn(event) ? COMMENT_LABELS.return : COMMENT_LABELS[event.action];
  return label && `${label}：`;
}

function EventEntry({ event }: { event: Wire<ItemEventView> }) {
  return (
    <div className="timeline-entry" data-testid="timeline-entry" data-action={event.action}>
      <div className="timeline-head">
        <strong>{labelOf(ITEM_ACTION_LABELS, event.action)}</strong>
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
          {labelOf(REJECT_REASON_LABELS, event.reasonCode)}
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

/** Every status change of the item, oldest first: who, when, from → to, and the comment. */
export function ItemTimeline({ events }: { events: Wire<ItemEventView>[] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未报送" style={{ margin: '8px 0' }} />;
  return (
    <div data-testid="item-timeline">
      <Timeline
        items={events.map((event, index) => ({
          key: index,
          color: COLORS[event.action] ?? (isReturn(event) ? 'orange' : 'gray'),
          content: <EventEntry event={event} />,
        }))}
      />
    </div>
  );
}
