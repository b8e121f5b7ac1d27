import {
  ApartmentOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  DashboardOutlined,
  EditOutlined,
  FileTextOutlined,
  FlagOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The icon of each menu entry, by its key in menu.ts. */
export const MENU_ICONS: Record<string, ReactNode> = {
  dashboard: <DashboardOutlined />,
  'my-items': <FileTextOutlined />,
  topics: <FlagOutlined />,
  desk: <EditOutlined />,
  bulletins: <BookOutlined />,
  stats: <BarChartOutlined />,
  'unit-informants': <TeamOutlined />,
  organisations: <ApartmentOutlined />,
  users: <UserOutlined />,
  queues: <UnorderedListOutlined />,
  notifications: <BellOutlined />,
  account: <SettingOutlined />,
};
