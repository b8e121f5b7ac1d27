import { Injectable } from '@nestjs/common';
import { AppError } from '@sqmy/http';
import { GRANTS, Permission, Reach, ROLE_REACH } from './permissions';
import { Principal, ScopeTarget } from './principal';
import { Role } from './roles';

/** Which rows a list may show: organisations under one of the paths, or rows the person owns. */
export interface Visibility {
  pathPrefixes: string[];
  ownerId: string | null;
}

/**
 * The access check, role AND scope, written once. Endpoints declare a permission and a target
 * with `@Access`; services that list things ask `visibility` for the same answer as a filter.
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
      throw new AppError(403, 'OUT_OF_SCOPE', '该对象不在您的管理范围内');
    }
  }

  visibility(principal: Principal, permission: Permission): Visibility {
    const visibility: Visibility = { pathPrefixes: [], ownerId: null };
    for (const role of this.rolesGranting(principal, permission)) {
      const reach = ROLE_REACH[role];
      if (reach === 'self') visibility.ownerId = principal.id;
      else visibility.pathPrefixes.push(this.root(principal, reach));
    }
    return visibility;
  }

  private covers(principal: Principal, reach: Reach, target: ScopeTarget): boolean {
    if (reach === 'self') {
      return target.ownerIds ? target.ownerIds.includes(principal.id) : target.organisationPath === principal.organisationPath;
    }
    return target.organisationPath.startsWith(this.root(principal, reach));
  }

  private root(principal: Principal, reach: Exclude<Reach, 'self'>): string {
    return reach === 'committee' ? principal.committeePath : principal.organisationPath;
  }
}
