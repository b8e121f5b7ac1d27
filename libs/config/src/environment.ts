import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * Every environment variable the apps read, validated once at start.
 * A bad or missing value stops the process with one line naming the variable.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL 必须是 postgres:// 连接串' })
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL 必须是 redis:// 连接串' })
  REDIS_URL: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET 至少 32 个字符' })
  JWT_SECRET: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL = 900;

  @Type(() => Number)
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL = 1_209_600;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Matches(/^[a-z0-9_-]{1,40}$/i, { message: 'QUEUE_PREFIX 只能包含字母、数字、下划线和短横线' })
  QUEUE_PREFIX = 'sqmy';

  @IsString()
  WEB_DIST = 'dist/web';

  @IsString()
  STORAGE_DIR = '.data/storage';

  @Type(() => Number)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 500;

  /** How often the worker looks for queued work and job schedulers Redis lost (see QueueUpkeep). */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  OUTBOX_RECONCILE_MS = 30_000;

  /** Jobs each worker process runs at once, per queue. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(256)
  WORKER_CONCURRENCY = 8;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MINUTES = 15;

  @IsOptional()
  @IsString()
  DB_POOL_SIZE?: string;
}

export class InvalidEnvironmentError extends Error {}

/** `ConfigModule.forRoot({ validate })` hook; also used by the CLI and the DataSource file. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: false, exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const first = errors[0];
    const reason = Object.values(first.constraints ?? {})[0] ?? 'invalid';
    const value = raw[first.property];
    const secret = /SECRET|PASSWORD/.test(first.property);
    const shown = value === undefined ? '未设置' : secret ? '当前值已隐藏' : `当前值 "${String(value)}"`;
    throw new InvalidEnvironmentError(`配置错误 ${first.property}: ${reason}（${shown}）`);
  }
  return env;
}
