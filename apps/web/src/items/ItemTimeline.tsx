import { Empty, Timeline } from 'antd';
import { formatDateTime } from '../format';
import { ITEM_ACTION_LABELS, ITEM_STATUS_LABELS, labelOf } from './item-labels';
import type { ItemEvent } from './types';

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

const isReturn = (event: ItemEvent) => event.to === 'returned';

function EventEntry({ event }: { event: ItemEvent }) {
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
      {event.comment && (
        <div className={isReturn(event) ? 'timeline-comment return' : 'timeline-comment'}>
          {isReturn(event) && <strong>退回意见：</strong>}
          {event.comment}
        </div>
      )}
    </div>
  );
}

/** Every status change of the item, oldest first: who, when, from → to, and the comment. */
export function ItemTimeline({ events }: { events: ItemEvent[] }) {
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
