import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@sqmy/accounts';
import { SchedulesHealthIndicator } from '@sqmy/queue';
import type { Response } from 'express';

/**
 * The worker's job schedulers (hourly reminders, monthly 统计通报) with their next run; 503 while one is
 * missing, with the report. Apart from /health/ready: the API serves without them, they are the worker's to restore.
 */
@ApiTags('运行状态')
@Controller('health')
@Public()
export class SchedulesHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly schedules: SchedulesHealthIndicator,
  ) {}

  @Get('schedules')
  @HealthCheck()
  async check(@Res({ passthrough: true }) response: Response) {
    try {
      return await this.health.check(this.schedules.checks());
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse();
    }
  }
}
