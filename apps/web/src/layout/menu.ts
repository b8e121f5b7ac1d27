import type { Role } from '../api/types';

/**
 * The side menu: one row per screen and the roles that see it (a user with several roles
 * sees the union). Routes, the menu and the browser tests are all derived from this table.
 * Plain data only — it is also imported by test/browser.
 */
export interface MenuEntry {
  key: string;
  label: string;
  path: string;
  /** 'everyone' or the roles that see the entry. */
  roles: 'everyone' | readonly Role[];
  /** The screen comes with a later feature; until then a placeholder says 即将上线. */
  comingSoon?: boolean;
  /** Served by the API, not the web app: a full page navigation. */
  external?: boolean;
}

export const MENU: readonly MenuEntry[] = [
  { key: 'dashboard', label: '工作台', path: '/', roles: 'everyone' },
  { key: 'my-items', label: '我的稿件', path: '/my-items', roles: ['informant', 'unit_admin'] },
  { key: 'topics', label: '选题与约稿', path: '/topics', roles: ['informant', 'unit_admin', 'editor'] },
  { key: 'desk', label: '编辑台', path: '/desk', roles: ['editor', 'chief_editor'] },
  { key: 'review', label: '稿件审核', path: '/review', roles: ['chief_editor'] },
  { key: 'scoring-dashboard', label: '数据看板', path: '/scoring/dashboard', roles: ['analyst', 'chief_editor', 'editor'] },
  { key: 'rankings', label: '排名', path: '/scoring/rankings', roles: ['analyst', 'chief_editor', 'editor'] },
  { key: 'quotas', label: '任务数', path: '/scoring/quotas', roles: ['analyst', 'chief_editor', 'editor'] },
  { key: 'stats-reports', label: '统计通报', path: '/stats-reports', roles: ['analyst', 'chief_editor', 'editor'] },
  { key: 'bulletins', label: '刊物', path: '/bulletins', roles: ['editor', 'chief_editor', 'analyst'] },
  { key: 'instructions', label: '批示登记', path: '/instructions', roles: ['editor', 'chief_editor', 'analyst'] },
  { key: 'stats', label: '年度统计', path: '/stats', roles: ['analyst', 'editor', 'chief_editor'] },
  { key: 'ledger', label: '台账导入', path: '/ledger', roles: ['editor'] },
  { key: 'unit-informants', label: '单位信息员', path: '/unit/informants', roles: ['unit_admin'] },
  { key: 'organisations', label: '组织机构', path: '/admin/organisations', roles: ['admin'] },
  { key: 'users', label: '用户管理', path: '/admin/users', roles: ['admin'] },
  { key: 'outlets', label: '报送渠道', path: '/admin/outlets', roles: ['admin'] },
  { key: 'bulletin-series', label: '刊物设置', path: '/bulletin-series', roles: ['admin', 'editor', 'chief_editor'] },
  { key: 'desk-settings', label: '编辑台设置', path: '/desk-settings', roles: ['chief_editor', 'admin'] },
  { key: 'scoring-rules', label: '计分办法', path: '/scoring/rules', roles: ['admin'] },
  { key: 'queues', label: '队列监控', path: '/admin/queues', roles: ['admin'], external: true },
  { key: 'notifications', label: '通知', path: '/notifications', roles: 'everyone' },
  { key: 'account', label: '账户设置', path: '/account', roles: 'everyone' },
];

export function canSee(entry: MenuEntry, roles: readonly Role[]): boolean {
  return entry.roles === 'everyone' || entry.roles.some((role) => roles.includes(role));
}

export function menuFor(roles: readonly Role[]): MenuEntry[] {
  return MENU.filter((entry) => canSee(entry, roles));
}

export function menuEntry(key: string): MenuEntry {
  const entry = MENU.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`unknown menu entry ${key}`);
  return entry;
}
