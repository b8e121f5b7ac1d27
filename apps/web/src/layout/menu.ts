import { Role } from '@sqmy/contract';

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
  { key: 'my-items', label: '我的稿件', path: '/my-items', roles: [Role.Informant, Role.UnitAdmin] },
  { key: 'topics', label: '选题与约稿', path: '/topics', roles: [Role.Informant, Role.UnitAdmin, Role.Editor] },
  { key: 'desk', label: '编辑台', path: '/desk', roles: [Role.Editor, Role.ChiefEditor] },
  { key: 'review', label: '稿件审核', path: '/review', roles: [Role.ChiefEditor] },
  { key: 'scoring-dashboard', label: '数据看板', path: '/scoring/dashboard', roles: [Role.Analyst, Role.ChiefEditor, Role.Editor] },
  { key: 'rankings', label: '排名', path: '/scoring/rankings', roles: [Role.Analyst, Role.ChiefEditor, Role.Editor] },
  { key: 'quotas', label: '任务数', path: '/scoring/quotas', roles: [Role.Analyst, Role.ChiefEditor, Role.Editor] },
  { key: 'stats-reports', label: '统计通报', path: '/stats-reports', roles: [Role.Analyst, Role.ChiefEditor, Role.Editor] },
  { key: 'bulletins', label: '刊物', path: '/bulletins', roles: [Role.Editor, Role.ChiefEditor, Role.Analyst] },
  { key: 'instructions', label: '批示登记', path: '/instructions', roles: [Role.Editor, Role.ChiefEditor, Role.Analyst] },
  { key: 'stats', label: '年度统计', path: '/stats', roles: [Role.Analyst, Role.Editor, Role.ChiefEditor] },
  { key: 'ledger', label: '台账导入', path: '/ledger', roles: [Role.Editor] },
  { key: 'unit-informants', label: '单位信息员', path: '/unit/informants', roles: [Role.UnitAdmin] },
  { key: 'organisations', label: '组织机构', path: '/admin/organisations', roles: [Role.Admin] },
  { key: 'users', label: '用户管理', path: '/admin/users', roles: [Role.Admin] },
  { key: 'outlets', label: '报送渠道', path: '/admin/outlets', roles: [Role.Admin] },
  { key: 'bulletin-series', label: '刊物设置', path: '/bulletin-series', roles: [Role.Admin, Role.Editor, Role.ChiefEditor] },
  { key: 'desk-settings', label: '编辑台设置', path: '/desk-settings', roles: [Role.ChiefEditor, Role.Admin] },
  { key: 'scoring-rules', label: '计分办法', path: '/scoring/rules', roles: [Role.Admin] },
  { key: 'queues', label: '队列监控', path: '/admin/queues', roles: [Role.Admin], external: true },
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
