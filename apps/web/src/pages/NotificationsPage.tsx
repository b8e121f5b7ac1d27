import { CheckOutlined } from '@ant-design/icons';
import { Button, Card, Segmented } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { NotificationView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { Page } from '../components/Page';
import { notificationsApi } from '../notifications/notifications-api';
import { NotificationList } from '../notifications/NotificationList';
import { useUnread } from '../notifications/NotificationsProvider';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { unreadCount, refreshUnread } = useUnread();
  const showError = useApiErrorHandler();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [items, setItems] = useState<Wire<NotificationView>[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(
    async (before?: string) => {
      setLoading(true);
      try {
        const page = await notificationsApi.list({ unreadOnly: unreadOnly || undefined, limit: PAGE_SIZE, before });
        setItems((current) => (before ? [...current, ...page.items] : page.items));
        setNextBefore(page.nextBefore);
      } catch (error) {
        showError(error);
      } finally {
        setLoading(false);
      }
    },
    [unreadOnly, showError],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const markRead = async (notification: Wire<NotificationView>) => {
    try {
      await notificationsApi.markRead(notification.id);
      const readAt = new Date().toISOString();
      setItems((current) => current.map((item) => (item.id === notification.id ? { ...item, readAt } : item)));
      refreshUnread();
    } catch (error) {
      showError(error);
    }
  };

  const markAllRead = async () => {
    try {
      await notificationsApi.markAllRead();
      refreshUnread();
      await load();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Page
      title="通知"
      extra={
        <Button icon={<CheckOutlined />} onClick={markAllRead} disabled={unreadCount === 0} data-testid="mark-all-read">
          全部标为已读
        </Button>
      }
    >
      <Card
        title={
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setUnreadOnly(value === 'unread')}
            options={[
              { value: 'all', label: '全部' },
              { value: 'unread', label: `未读（${unreadCount}）` },
            ]}
          />
        }
        loading={loading && items.length === 0}
      >
        <NotificationList items={items} onMarkRead={markRead} />
        {nextBefore && (
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Button onClick={() => load(nextBefore)} loading={loading} data-testid="load-more">
              加载更多
            </Button>
          </div>
        )}
      </Card>
    </Page>
  );
}
