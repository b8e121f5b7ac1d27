import { Button, Empty, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { NotificationView, Wire } from '@sqmy/contract';
import { formatDateTime } from '../format';

interface NotificationListProps {
  items: Wire<NotificationView>[];
  /** Shows a 标为已读 action on unread rows when given. */
  onMarkRead?: (notification: Wire<NotificationView>) => void;
  emptyText?: string;
}

/** Notifications, unread ones marked by a dot and bold title. */
export function NotificationList({ items, onMarkRead, emptyText = '暂无通知' }: NotificationListProps) {
  if (items.length === 0) return <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul className="notification-list" data-testid="notification-list">
      {items.map((item) => {
        const unread = !item.readAt;
        return (
          <li key={item.id} className={unread ? 'notification unread' : 'notification'} data-testid="notification-item" data-unread={unread}>
            <span className="notification-dot" aria-label={unread ? '未读' : '已读'} />
            <div className="notification-main">
              <div className="notification-title">
                {item.link ? <Link to={item.link}>{item.title}</Link> : item.title}
              </div>
              {item.body && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{item.body}</Typography.Paragraph>}
            </div>
            <div className="notification-side">
              <span className="notification-time">{formatDateTime(item.createdAt)}</span>
              {unread && onMarkRead && (
                <Button size="small" type="link" onClick={() => onMarkRead(item)} data-testid="notification-mark-read">
                  标为已读
                </Button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
