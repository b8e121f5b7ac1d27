import { Controller, Get, OnModuleDestroy } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@sqmy/accounts';
import { AppConfig } from '@sqmy/config';
import { ApiAnswer } from '@sqmy/http';
import Redis from 'ioredis';
import { Liveness, Readiness, readiness } from './readiness';

/** Liveness (the process answers) and readiness (PostgreSQL answers; Redis away is reported as degraded). */
@ApiTags('运行状态')
@Controller('health')
@Public()
export class HealthController implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    config: AppConfig,
  ) {
    this.redis = new Redis(config.env.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
    this.redis.on('error', () => undefined);
  }

  @Get('live')
  @ApiAnswer('Liveness')
  live(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiAnswer('Readiness')
  async ready(): Promise<Readiness> {
    return readiness(await Promise.all([this.database.pingCheck('postgres', { timeout: 2_000 }), this.pingRedis()]));
  }

  private async pingRedis() {
    const indicator = this.indicators.check('redis');
    try {
      await this.redis.ping();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
