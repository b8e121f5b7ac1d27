import { Injectable } from '@nestjs/common';
import { AppError } from '@sqmy/http';
import { ErrorCode, GRANTS, Permission, Reach, Role, ROLE_REACH } from '@sqmy/contract';
import { Principal, ScopeTarget } from './principal';

/**
 * What a list shows (see `ScopeTarget`): `tree` — organisations and people, reached anywhere under a
 * role's root; `committee` — desk and editorial data, which a committee role sees in its own committee only.
 */
export type ScopeKind = 'tree' | 'committee';

/** Which rows a list may show: organisations under one of the paths, rows of one of the committees, or rows the person owns. */
export interface Visibility {
  pathPrefixes: string[];
  /** Committee-owned rows of these committees (only for `committee` lists). */
  committeeIds: string[];
  ownerId: string | null;
}

/**
 * The access check, role AND scope, written once. Endpoints declare a permission and a target
 * with `@Access`; services that list things ask `visibility` for the same answer as a filter.
 * Reach follows the tree (a committee role its committee and everything under it, an administrator
 * their organisation's subtree) except on committee-owned data, which only its own committee's desk reaches.
 */
@Injectable()
export class AccessPolicy {
  rolesGranting(principal: Principal, permission: Permission): Role[] {
    return principal.roles.filter((role) => GRANTS[role]?.includes(permission));
  }

  can(principal: Principal, permission: Permission, target?: ScopeTarget): boolean {
    const roles = this.rolesGranting(principal, permission);
    if (!target) return roles.length > 0;
    return roles.some((role) => this.covers(principal, ROLE_REACH[role], target));
  }

  assert(principal: Principal, permission: Permission, target?: ScopeTarget): void {
    if (this.rolesGranting(principal, permission).length === 0) throw AppError.forbidden();
    if (!this.can(principal, permission, target)) {
      throw new AppError(403, ErrorCode.OutOfScope, '该对象不在您的管理范围内');
    }
  }

  visibility(principal: Principal, permission: Permission, kind: ScopeKind = 'tree'): Visibility {
    const visibility: Visibility = { pathPrefixes: [], committeeIds: [], ownerId: null };
    for (const role of this.rolesGranting(principal, permission)) {
      const reach = ROLE_REACH[role];
      if (reach === 'self') visibility.ownerId = principal.id;
      else if (reach === 'committee' && kind === 'committee') visibility.committeeIds.push(principal.committeeId);
      else visibility.pathPrefixes.push(this.root(principal, reach));
    }
    return visibility;
  }

  private covers(principal: Principal, reach: Reach, target: ScopeTarget): boolean {
    if (reach === 'self') {
      return target.ownerIds ? target.ownerIds.includes(principal.id) : target.organisationPath === principal.organisationPath;
    }
    // Committee-owned data is its committee's desk's alone: the desks above and below do not reach it.
    if (reach === 'committee' && target.committeeId !== undefined) return target.committeeId === principal.committeeId;
    return target.organisationPath.startsWith(this.root(principal, reach));
  }

  private root(principal: Principal, reach: Exclude<Reach, 'self'>): string {
    return reach === 'committee' ? principal.committeePath : principal.organisationPath;
  }
}
