import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  ControlOutlined,
  DashboardOutlined,
  EditOutlined,
  FileTextOutlined,
  FlagOutlined,
  ProfileOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { SCORING_MENU_ICONS } from '../scoring/menu-icons';

/** The icon of each menu entry, by its key in menu.ts. */
export const MENU_ICONS: Record<string, ReactNode> = {
  dashboard: <DashboardOutlined />,
  'my-items': <FileTextOutlined />,
  topics: <FlagOutlined />,
  desk: <EditOutlined />,
  review: <AuditOutlined />,
  bulletins: <BookOutlined />,
  'bulletin-series': <ProfileOutlined />,
  stats: <BarChartOutlined />,
  'unit-informants': <TeamOutlined />,
  organisations: <ApartmentOutlined />,
  users: <UserOutlined />,
  'desk-settings': <ControlOutlined />,
  queues: <UnorderedListOutlined />,
  notifications: <BellOutlined />,
  account: <SettingOutlined />,
  ...SCORING_MENU_ICONS,
};
