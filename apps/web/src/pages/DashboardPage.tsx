import { Card, Descriptions, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { NotificationView, ORGANISATION_KIND_LABELS, Permission } from '@sqmy/contract';
import type { Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useMe } from '../auth/AuthProvider';
import { useCan } from '../auth/use-can';
import { Page } from '../components/Page';
import { RoleTags } from '../components/RoleTags';
import { notificationsApi } from '../notifications/notifications-api';
import { NotificationList } from '../notifications/NotificationList';
import { useUnread } from '../notifications/NotificationsProvider';
import { MyStandingCard } from '../scoring/MyStandingCard';

function greeting(): string {
  const hour = new Date().getHours();
  if (hour < 12) return '上午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

function UnreadNotificationsCard() {
  const { unreadCount } = useUnread();
  const [items, setItems] = useState<Wire<NotificationView>[]>([]);
  const showError = useApiErrorHandler();

  useEffect(() => {
    notificationsApi
      .list({ unreadOnly: true, limit: 5 })
      .then((page) => setItems(page.items))
      .catch(showError);
  }, [unreadCount, showError]);

  return (
    <Card title={`未读通知（${unreadCount}）`} extra={<Link to="/notifications">全部通知</Link>} data-testid="dashboard-notifications">
      <NotificationList items={items} emptyText="没有未读通知" />
    </Card>
  );
}

export function DashboardPage() {
  const me = useMe();
  const can = useCan();
  return (
    <Page title="工作台">
      <Card className="welcome-card" data-testid="welcome-card">
        <h2 className="welcome-title">
          {greeting()}，{me.name}
        </h2>
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'roles', label: '角色', children: <RoleTags roles={me.roles} /> },
            {
              key: 'organisation',
              label: '所属单位',
              children: (
                <span>
                  {me.organisation.name} <Tag>{ORGANISATION_KIND_LABELS[me.organisation.kind]}</Tag>
                </span>
              ),
            },
            { key: 'committee', label: '所属政协', children: me.committee?.name ?? '—' },
          ]}
        />
      </Card>
      <UnreadNotificationsCard />
      {can(Permission.StandingRead) && <MyStandingCard />}
    </Page>
  );
}
