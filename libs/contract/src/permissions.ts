import { Role } from './roles';

/** Everything a request can ask to do. Endpoints declare one; nothing else decides access. */
export enum Permission {
  OrganisationsRead = 'organisations:read',
  OrganisationsManage = 'organisations:manage',
  UsersRead = 'users:read',
  UsersManage = 'users:manage',
  RosterImport = 'roster:import',
  QueuesMonitor = 'queues:monitor',
  ItemsRead = 'items:read',
  ItemsWrite = 'items:write',
  /** Search the committee's items and see near-duplicates across authors (the desk). */
  ItemsSearch = 'items:search',
  /** Screen, assign, accept, return, reject, edit, merge and propose items (the editor's moves). */
  ItemsScreen = 'items:screen',
  /** Approve or send back items proposed for review (the chief editor's moves). */
  ItemsReview = 'items:review',
  /** Read the desk: its lists, each editor's load, its settings. */
  DeskRead = 'desk:read',
  /** Change the committee's desk settings (reminder periods). */
  DeskSettingsManage = 'desk:settings',
  TopicsRead = 'topics:read',
  TopicsManage = 'topics:manage',
  CommissionsRead = 'commissions:read',
  CommissionsManage = 'commissions:manage',
  /** Read the committee's bulletins: series, issues, their print view and .docx. */
  BulletinsRead = 'bulletins:read',
  /** Build draft issues, publish signed ones (publishing moves their items to `published`), re-render. */
  BulletinsEdit = 'bulletins:edit',
  /** Sign an issue (签发): fixes its date and number and freezes its text. */
  BulletinsSign = 'bulletins:sign',
  /** Create, change and delete the committee's series (刊物). */
  BulletinSeriesManage = 'bulletins:series',
  /** Read the committee's outcomes: reports, adoptions, the 批示 register, annual figures, ledger imports and exports. */
  OutcomesRead = 'outcomes:read',
  /** Record and correct reports (报送), adoptions (采用) and 批示; import ledgers (台账). */
  OutcomesRecord = 'outcomes:record',
  /** Maintain the outlets (报送渠道) of the deployment. */
  OutletsManage = 'outlets:manage',
  /** Read scores, rankings, quota progress, the dashboard and the 统计通报; export them. */
  RankingsRead = 'rankings:read',
  /** See one's own score, rank and quota progress (and a unit liaison's unit's). */
  StandingRead = 'standing:read',
  /** Set the committee's quotas (任务数). */
  QuotasManage = 'quotas:manage',
  /** Make a 统计通报 on demand. */
  StatsReportsRun = 'stats-reports:run',
  /** Maintain the scoring rules (计分办法) and run a full recompute. */
  ScoringRulesManage = 'scoring:rules',
}

/**
 * How far a role reaches:
 * - `self`: what the person (co-)authored, and their own organisation;
 * - `unit`: their own reporting unit;
 * - `committee`: the committee they work for and everything under it — but of committee-owned data
 *   (the desk's and the editors' things, see `ScopeTarget`) only their own committee's;
 * - `subtree`: their own organisation and everything under it.
 */
export type Reach = 'self' | 'unit' | 'committee' | 'subtree';

export const ROLE_REACH: Record<Role, Reach> = {
  [Role.Informant]: 'self',
  [Role.UnitAdmin]: 'unit',
  [Role.Editor]: 'committee',
  [Role.ChiefEditor]: 'committee',
  [Role.Analyst]: 'committee',
  [Role.Admin]: 'subtree',
};

/** The access matrix of roles and permissions — the one place it is written. */
const AUTHORING = [Permission.ItemsRead, Permission.ItemsWrite, Permission.TopicsRead, Permission.CommissionsRead, Permission.StandingRead];
const DESK_READING = [
  Permission.OrganisationsRead,
  Permission.UsersRead,
  Permission.ItemsRead,
  Permission.ItemsSearch,
  Permission.DeskRead,
  Permission.TopicsRead,
  Permission.CommissionsRead,
  Permission.BulletinsRead,
  Permission.OutcomesRead,
  Permission.RankingsRead,
];

export const GRANTS: Record<Role, readonly Permission[]> = {
  [Role.Informant]: [Permission.OrganisationsRead, ...AUTHORING],
  [Role.UnitAdmin]: [Permission.OrganisationsRead, Permission.UsersRead, Permission.UsersManage, Permission.RosterImport, ...AUTHORING],
  [Role.Editor]: [...DESK_READING, Permission.ItemsScreen, Permission.TopicsManage, Permission.CommissionsManage, Permission.BulletinsEdit, Permission.OutcomesRecord, Permission.QuotasManage, Permission.StatsReportsRun],
  [Role.ChiefEditor]: [...DESK_READING, Permission.ItemsReview, Permission.DeskSettingsManage, Permission.BulletinsSign],
  [Role.Analyst]: [Permission.OrganisationsRead, Permission.ItemsRead, Permission.ItemsSearch, Permission.DeskRead, Permission.TopicsRead, Permission.BulletinsRead, Permission.OutcomesRead, Permission.RankingsRead, Permission.StatsReportsRun],
  // Administrators run the system (organisations, accounts, queues); they do not read or write items.
  [Role.Admin]: [
    Permission.OrganisationsRead,
    Permission.OrganisationsManage,
    Permission.UsersRead,
    Permission.UsersManage,
    Permission.RosterImport,
    Permission.QueuesMonitor,
    Permission.TopicsRead,
    Permission.DeskSettingsManage,
    Permission.BulletinSeriesManage,
    Permission.OutletsManage,
    Permission.ScoringRulesManage,
  ],
};

/** What a person holding `roles` may do: the union of their GRANTS, each once, in the order of Permission. */
export const permissionsOf = (roles: readonly Role[]): Permission[] =>
  Object.values(Permission).filter((permission) => roles.some((role) => GRANTS[role]?.includes(permission)));

/** Which roles a role may hand out when it manages users. */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  [Role.Informant]: [],
  [Role.UnitAdmin]: [Role.Informant],
  [Role.Editor]: [],
  [Role.ChiefEditor]: [],
  [Role.Analyst]: [],
  [Role.Admin]: Object.values(Role),
};
