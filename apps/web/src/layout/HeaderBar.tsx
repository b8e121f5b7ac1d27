import { BellOutlined, DownOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Badge, Dropdown, Space } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth, useMe } from '../auth/AuthProvider';
import { useUnread } from '../notifications/NotificationsProvider';

function NotificationBell() {
  const { unreadCount } = useUnread();
  return (
    <Link
      to="/notifications"
      className="header-bell"
      data-testid="notification-bell"
      data-unread={unreadCount}
      aria-label={unreadCount ? `通知（${unreadCount} 条未读）` : '通知'}
    >
      <Badge count={unreadCount} size="small" overflowCount={99} style={{ background: '#fff', color: '#c0392b', boxShadow: 'none', fontWeight: 600 }}>
        <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
      </Badge>
    </Link>
  );
}

function UserDropdown() {
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const items = [
    { key: 'account', icon: <SettingOutlined />, label: <span data-testid="menu-account-settings">账户设置</span> },
    { type: 'divider' as const },
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">退出登录</span> },
  ];
  const onClick = async ({ key }: { key: string }) => {
    if (key === 'account') navigate('/account');
    if (key === 'logout') {
      await logout();
      navigate('/login', { replace: true });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <a className="header-user" data-testid="user-menu" onClick={(event) => event.preventDefault()}>
        <Space size={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.25)' }} />
          <span data-testid="current-user-name">{me.name}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </a>
    </Dropdown>
  );
}

export function HeaderBar() {
  const me = useMe();
  return (
    <div className="header-bar">
      <Link to="/" className="header-brand">
        <span className="header-logo">政</span>
        <span>社情民意信息采编平台</span>
      </Link>
      <Space size={20} className="header-right">
        <span className="header-org" data-testid="current-user-org">
          {me.organisation.name}
        </span>
        <NotificationBell />
        <UserDropdown />
      </Space>
    </div>
  );
}
