import { Layout } from 'antd';
import { Outlet } from 'react-router-dom';
import { NotificationsProvider } from '../notifications/NotificationsProvider';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';

export function AppLayout() {
  return (
    <NotificationsProvider>
      <Layout style={{ minHeight: '100vh' }} data-testid="app-layout">
        <Layout.Header className="app-header">
          <HeaderBar />
        </Layout.Header>
        <Layout>
          <Layout.Sider width={208} theme="light" breakpoint="lg" collapsedWidth={64} className="app-sider">
            <SideMenu />
          </Layout.Sider>
          <Layout.Content className="app-content">
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </NotificationsProvider>
  );
}
