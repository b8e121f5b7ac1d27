import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { preparedStatement, queryPrepared } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { JobName, OutboxService } from '@sqmy/queue';
import { DataSource, IsNull, Not } from 'typeorm';
import { Principal } from '../access/principal';
import { AccountView, ErrorCode, Role, TokenPair } from '@sqmy/contract';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { toAccountView } from '../users/to-user-view';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './passwords';
import { Session } from './session.entity';
import { AccessClaims, hashSecret, newRefreshSecret, parseRefreshToken } from './tokens';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

const invalidCredentials = () => new AppError(401, ErrorCode.InvalidCredentials, '用户名或密码错误');
const sessionEnded = () => new AppError(401, ErrorCode.SessionEnded, '登录已失效，请重新登录');

/** Sign-in, token refresh with rotation, sign-out and password change. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
    private readonly outbox: OutboxService,
  ) {}

  async login(username: string, password: string, client: ClientInfo): Promise<TokenPair> {
    const key = username.trim().toLowerCase();
    await this.throttle.assertAllowed(key, client.ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.username) = :key', { key })
      .getOne();
    const ok = user?.active === true && (await verifyPassword(user.passwordHash, password));
    await this.throttle.record(key, client.ip, ok);
    if (!ok || !user) throw invalidCredentials();
    const secret = newRefreshSecret();
    const session = await this.dataSource.getRepository(Session).save({
      userId: user.id,
      refreshHash: hashSecret(secret),
      expiresAt: this.refreshExpiry(),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip,
    });
    return this.issue(user.id, session.id, secret);
  }

  /** Spends a refresh token for a new pair. A token used twice means it leaked: the session ends. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw sessionEnded();
    const secret = newRefreshSecret();
    const userId = await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, { where: { id: parsed.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt < new Date()) throw sessionEnded();
      if (session.refreshHash !== hashSecret(parsed.secret)) {
        await manager.update(Session, session.id, { revokedAt: new Date() });
        return null;
      }
      await manager.update(Session, session.id, { refreshHash: hashSecret(secret), refreshedAt: new Date(), expiresAt: this.refreshExpiry() });
      return session.userId;
    });
    if (!userId) throw sessionEnded();
    return this.issue(userId, parsed.sessionId, secret);
  }

  async logout(principal: Principal): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: principal.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Changes the password, ends every other session and tells the person through the notification queue. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id: principal.id })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw AppError.badRequest(ErrorCode.WrongPassword, '当前密码不正确', [{ field: 'currentPassword', message: '当前密码不正确' }]);
    }
    if (currentPassword === newPassword) {
      throw AppError.badRequest(ErrorCode.PasswordUnchanged, '新密码不能与当前密码相同', [{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash, passwordChangedAt: new Date() });
      await manager.update(Session, { userId: user.id, id: Not(principal.sessionId), revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.outbox.add(manager, {
        name: JobName.NotifyUsers,
        payload: {
          userIds: [user.id],
          title: '密码已修改',
          body: '您的登录密码已修改，其他设备上的登录已退出。如非本人操作，请立即联系系统管理员。',
          link: '/account',
        },
      });
    });
  }

  /** Resolves a verified access token into the person behind it, or refuses with SESSION_ENDED. One indexed query, prepared: every request runs it. */
  async principalFor(claims: AccessClaims): Promise<Principal> {
    const [row] = await queryPrepared<{ roles: Role[]; organisation_id: string; org_path: string; committee_id: string; committee_path: string }>(
      this.dataSource,
      SESSION_PRINCIPAL,
      [claims.sid, claims.sub],
    );
    if (!row) throw sessionEnded();
    return {
      id: claims.sub,
      sessionId: claims.sid,
      roles: row.roles,
      organisationId: row.organisation_id,
      organisationPath: row.org_path,
      committeeId: row.committee_id,
      committeePath: row.committee_path,
    };
  }

  async verifyAccessToken(token: string): Promise<AccessClaims> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token);
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new Error('claims');
      return claims;
    } catch {
      throw sessionEnded();
    }
  }

  async me(userId: string): Promise<AccountView> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId }, relations: { organisation: true } });
    return toAccountView(user, await this.committeeOf(user));
  }

  private async issue(userId: string, sessionId: string, secret: string): Promise<TokenPair> {
    const claims: AccessClaims = { sub: userId, sid: sessionId };
    return {
      accessToken: await this.jwt.signAsync(claims),
      refreshToken: `${sessionId}.${secret}`,
      expiresIn: this.config.env.ACCESS_TOKEN_TTL,
      user: await this.me(userId),
    };
  }

  private committeeOf(user: User): Promise<Organisation | null> {
    return this.dataSource.getRepository(Organisation).findOneBy({ id: user.organisation!.committeeId });
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.env.REFRESH_TOKEN_TTL * 1000);
  }
}

const SESSION_PRINCIPAL = preparedStatement(
  'session-principal',
  `SELECT u.roles, u.organisation_id, o.path AS org_path, o.committee_id, c.path AS committee_path
     FROM auth_session s
     JOIN app_user u ON u.id = s.user_id
     JOIN organisation o ON o.id = u.organisation_id
     JOIN organisation c ON c.id = o.committee_id
    WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
);
