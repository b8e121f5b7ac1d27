import { Injectable, Module } from '@nestjs/common';
import { ACCESS_COOKIE, AccessPolicy, AccountsModule, AuthService } from '@sqmy/accounts';
import { ErrorCode, Permission } from '@sqmy/contract';
import { AllExceptionsFilter, AppError } from '@sqmy/http';
import type { NextFunction, Request, Response } from 'express';

const readCookie = (header: string | undefined, name: string): string | undefined =>
  header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

/**
 * Bull Board is a page outside the SPA, so it cannot send the bearer header: it is let in by the
 * access-token cookie that login sets, and only for people with `queues:monitor` (administrators).
 * An outage answers as on every other route (503 with Retry-After), not with the sign-in page.
 */
@Injectable()
export class QueueBoardAuth {
  private readonly errors = new AllExceptionsFilter();

  constructor(
    private readonly auth: AuthService,
    private readonly policy: AccessPolicy,
  ) {}

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    this.authorise(req)
      .then((allowed) => {
        if (allowed) return next();
        if (req.accepts('html')) return res.redirect(302, '/login?next=/admin/queues');
        res.status(403).json({ statusCode: 403, code: ErrorCode.Forbidden, message: '仅系统管理员可查看队列监控', details: [] });
      })
      .catch((error: unknown) => this.errors.answer(error, req, res));
  };

  private async authorise(req: Request): Promise<boolean> {
    const token = readCookie(req.headers.cookie, ACCESS_COOKIE);
    if (!token) return false;
    try {
      const principal = await this.auth.principalFor(await this.auth.verifyAccessToken(decodeURIComponent(token)));
      return this.policy.can(principal, Permission.QueuesMonitor);
    } catch (error) {
      if (error instanceof AppError || error instanceof URIError) return false; // a bad token or an ended session: sign in again
      throw error;
    }
  }
}

@Module({ imports: [AccountsModule], providers: [QueueBoardAuth], exports: [QueueBoardAuth] })
export class QueueBoardAuthModule {}
