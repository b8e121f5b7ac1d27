import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@sqmy/contract';
import { LoginAttempt } from './login-attempt.entity';

/** Per-IP failures allowed in the window, as a multiple of the per-account limit (offices share one exit IP). */
const IP_FACTOR = 10;

/**
 * Refuses sign-in after too many failures for one account (or from one address) within the
 * window. Attempts live in PostgreSQL so the limit holds across every API copy.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async assertAllowed(username: string, ip: string | null): Promise<void> {
    const { LOGIN_MAX_FAILURES: max, LOGIN_LOCK_MINUTES: minutes } = this.config.env;
    const [row] = await this.dataSource.query<{ account: number; address: number }[]>(
      `SELECT
         (SELECT count(*)::int FROM login_attempt a
           WHERE a.username = $1 AND NOT a.succeeded AND a.created_at > now() - make_interval(mins => $3)
             AND a.created_at > coalesce((SELECT max(s.created_at) FROM login_attempt s WHERE s.username = $1 AND s.succeeded), '-infinity')) AS account,
         (SELECT count(*)::int FROM login_attempt a
           WHERE a.ip = $2 AND NOT a.succeeded AND a.created_at > now() - make_interval(mins => $3)) AS address`,
      [username, ip, minutes],
    );
    if (row.account >= max || row.address >= max * IP_FACTOR) {
      throw new AppError(429, ErrorCode.LoginThrottled, `登录失败次数过多，请 ${minutes} 分钟后再试`);
    }
  }

  async record(username: string, ip: string | null, succeeded: boolean): Promise<void> {
    await this.dataSource.getRepository(LoginAttempt).insert({ username, ip, succeeded });
  }
}
