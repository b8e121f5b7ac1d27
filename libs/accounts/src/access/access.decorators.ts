import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Permission } from '@sqmy/contract';
import { viewRef } from '@sqmy/http';
import { Principal, ScopeTarget } from './principal';
import type { ScopeLookups } from './scope-lookups';

export const ACCESS_METADATA = 'sqmy:access';

/** Finds what a request touches so its scope can be checked. */
export type TargetResolver = (request: Request, lookups: ScopeLookups) => Promise<ScopeTarget | undefined>;

export interface AccessRule {
  /** `null`: any signed-in person; `undefined` on a route means public. */
  permission: Permission | null;
  target?: TargetResolver;
}

const documented = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: '未登录或登录已失效', schema: viewRef('ErrorBody') }),
    ApiForbiddenResponse({ description: '没有权限', schema: viewRef('ErrorBody') }),
  );

/** The route needs `permission`, and — with a target — the target must be within the caller's reach. */
export const Access = (permission: Permission, target?: TargetResolver) =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { permission, target } satisfies AccessRule), documented());

/** Any signed-in person; the service limits what they see to their own. */
export const SignedIn = () => applyDecorators(SetMetadata(ACCESS_METADATA, { permission: null } satisfies AccessRule), documented());

/** No sign-in needed (login, health). */
export const Public = () => SetMetadata(ACCESS_METADATA, 'public');

/** The authenticated person of this request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  return context.switchToHttp().getRequest<Request & { principal: Principal }>().principal;
});

/*
 * Targets: where a route finds what it acts on. `org…` and `user…` are organisations and people,
 * reached down the tree (administration, aggregated figures); `committee…` and `ownedByCommittee`
 * are committee-owned data, which only the owning committee's desk reaches (see `ScopeTarget`).
 */
export const orgInParam = (name = 'id'): TargetResolver => (req, lookups) => lookups.organisation(String(req.params[name]), name);
export const orgInBody = (name: string): TargetResolver => (req, lookups) => lookups.organisation((req.body as Record<string, unknown>)?.[name], name);
export const orgInQuery = (name: string): TargetResolver => async (req, lookups) =>
  req.query[name] === undefined ? undefined : lookups.organisation(req.query[name], name);
export const userInParam = (name = 'id'): TargetResolver => (req, lookups) => lookups.user(String(req.params[name]), name);
export const committeeInQuery = (name: string): TargetResolver => async (req, lookups) =>
  req.query[name] === undefined ? undefined : lookups.committeeOf(req.query[name], name);
export const committeeInBody = (name: string): TargetResolver => async (req, lookups) => {
  const id = (req.body as Record<string, unknown> | undefined)?.[name];
  return id === undefined ? undefined : lookups.committeeOf(id, name);
};
/** A row of `table` (with a `committee_id` column) named by the route parameter `param`. */
export const ownedByCommittee = (table: string, what: string, param = 'id'): TargetResolver => (req, lookups) =>
  lookups.ownedByCommittee(table, req.params[param], param, what);
