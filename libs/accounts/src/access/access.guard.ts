import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@sqmy/http';
import type { Request } from 'express';
import { ErrorCode } from '@sqmy/contract';
import { AuthService } from '../auth/auth.service';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { AccessPolicy } from './access.policy';
import { Principal } from './principal';
import { ScopeLookups } from './scope-lookups';

/**
 * The global guard: authenticates the bearer token, then applies the route's `@Access` rule
 * (role, then scope). A route that declares nothing is refused — access is never implicit.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly policy: AccessPolicy,
    private readonly lookups: ScopeLookups,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | 'public' | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === 'public') return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new AppError(401, ErrorCode.Unauthenticated, '请先登录');
    // Only a token or session that is no good ends the session; any other failure (PostgreSQL away) is the filter's.
    const principal = await this.auth.principalFor(await this.auth.verifyAccessToken(token));
    request.principal = principal;
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw AppError.forbidden();
    }
    if (rule.permission === null) return true;
    if (this.policy.rolesGranting(principal, rule.permission).length === 0) throw AppError.forbidden();
    const target = rule.target ? await rule.target(request, this.lookups) : undefined;
    this.policy.assert(principal, rule.permission, target);
    return true;
  }
}
