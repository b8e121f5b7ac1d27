import { Permission } from '@sqmy/contract';

/**
 * The side menu: one row per screen and who sees it, by the permissions the server lists for the
 * caller on /auth/me (a user with several roles holds the union). Routes, the menu and the browser
 * tests are all derived from this table. Plain data only — it is also imported by test/browser.
 */
export interface MenuEntry {
  key: string;
  label: string;
  path: string;
  /** 'everyone', or whether a caller holding what `can` answers sees the entry. */
  shownTo: 'everyone' | ((can: (permission: Permission) => boolean) => boolean);
  /** The screen comes with a later feature; until then a placeholder says 即将上线. */
  comingSoon?: boolean;
  /** Served by the API, not the web app: a full page navigation. */
  external?: boolean;
}

const P = Permission;

export const MENU: readonly MenuEntry[] = [
  { key: 'dashboard', label: '工作台', path: '/', shownTo: 'everyone' },
  { key: 'my-items', label: '我的稿件', path: '/my-items', shownTo: (can) => can(P.ItemsWrite) },
  { key: 'topics', label: '选题与约稿', path: '/topics', shownTo: (can) => can(P.ItemsWrite) || can(P.TopicsManage) },
  { key: 'desk', label: '编辑台', path: '/desk', shownTo: (can) => can(P.ItemsScreen) || can(P.ItemsReview) },
  { key: 'review', label: '稿件审核', path: '/review', shownTo: (can) => can(P.ItemsReview) },
  { key: 'scoring-dashboard', label: '数据看板', path: '/scoring/dashboard', shownTo: (can) => can(P.RankingsRead) },
  { key: 'rankings', label: '排名', path: '/scoring/rankings', shownTo: (can) => can(P.RankingsRead) },
  { key: 'quotas', label: '任务数', path: '/scoring/quotas', shownTo: (can) => can(P.RankingsRead) },
  { key: 'stats-reports', label: '统计通报', path: '/stats-reports', shownTo: (can) => can(P.RankingsRead) },
  { key: 'bulletins', label: '刊物', path: '/bulletins', shownTo: (can) => can(P.BulletinsRead) },
  { key: 'instructions', label: '批示登记', path: '/instructions', shownTo: (can) => can(P.OutcomesRead) },
  { key: 'stats', label: '年度统计', path: '/stats', shownTo: (can) => can(P.OutcomesRead) },
  { key: 'ledger', label: '台账导入', path: '/ledger', shownTo: (can) => can(P.OutcomesRecord) },
  // A liaison manages its unit's informants here; an administrator manages every account on 用户管理.
  { key: 'unit-informants', label: '单位信息员', path: '/unit/informants', shownTo: (can) => can(P.UsersManage) && can(P.ItemsWrite) },
  { key: 'organisations', label: '组织机构', path: '/admin/organisations', shownTo: (can) => can(P.OrganisationsManage) },
  { key: 'users', label: '用户管理', path: '/admin/users', shownTo: (can) => can(P.UsersManage) && can(P.OrganisationsManage) },
  { key: 'outlets', label: '报送渠道', path: '/admin/outlets', shownTo: (can) => can(P.OutletsManage) },
  // Who edits, signs or sets up series, not who only reads the issues.
  { key: 'bulletin-series', label: '刊物设置', path: '/bulletin-series', shownTo: (can) => can(P.BulletinSeriesManage) || can(P.BulletinsEdit) || can(P.BulletinsSign) },
  { key: 'desk-settings', label: '编辑台设置', path: '/desk-settings', shownTo: (can) => can(P.DeskSettingsManage) },
  { key: 'scoring-rules', label: '计分办法', path: '/scoring/rules', shownTo: (can) => can(P.ScoringRulesManage) },
  { key: 'queues', label: '队列监控', path: '/admin/queues', shownTo: (can) => can(P.QueuesMonitor), external: true },
  { key: 'notifications', label: '通知', path: '/notifications', shownTo: 'everyone' },
  { key: 'account', label: '账户设置', path: '/account', shownTo: 'everyone' },
];

export function canSee(entry: MenuEntry, permissions: readonly Permission[]): boolean {
  return entry.shownTo === 'everyone' || entry.shownTo((permission) => permissions.includes(permission));
}

export function menuFor(permissions: readonly Permission[]): MenuEntry[] {
  return MENU.filter((entry) => canSee(entry, permissions));
}

export function menuEntry(key: string): MenuEntry {
  const entry = MENU.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`unknown menu entry ${key}`);
  return entry;
}
