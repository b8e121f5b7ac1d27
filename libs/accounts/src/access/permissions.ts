import { Role } from './roles';

/** Everything a request can ask to do. Endpoints declare one; nothing else decides access. */
export enum Permission {
  OrganisationsRead = 'organisations:read',
  OrganisationsManage = 'organisations:manage',
  UsersRead = 'users:read',
  UsersManage = 'users:manage',
  RosterImport = 'roster:import',
  QueuesMonitor = 'queues:monitor',
}

/**
 * How far a role reaches:
 * - `self`: what the person (co-)authored, and their own organisation;
 * - `unit`: their own reporting unit;
 * - `committee`: the committee they work for and everything under it;
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
export const GRANTS: Record<Role, readonly Permission[]> = {
  [Role.Informant]: [Permission.OrganisationsRead],
  [Role.UnitAdmin]: [Permission.OrganisationsRead, Permission.UsersRead, Permission.UsersManage, Permission.RosterImport],
  [Role.Editor]: [Permission.OrganisationsRead, Permission.UsersRead],
  [Role.ChiefEditor]: [Permission.OrganisationsRead, Permission.UsersRead],
  [Role.Analyst]: [Permission.OrganisationsRead],
  [Role.Admin]: Object.values(Permission),
};

/** Which roles a role may hand out when it manages users. */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  [Role.Informant]: [],
  [Role.UnitAdmin]: [Role.Informant],
  [Role.Editor]: [],
  [Role.ChiefEditor]: [],
  [Role.Analyst]: [],
  [Role.Admin]: Object.values(Role),
};
