import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobSchedulerId, JobSchedules } from '@sqmy/queue';

/** On the 1st of each month at 06:00 in the committees' calendar. */
export const MONTHLY_REPORTS = { pattern: '0 6 1 * *', tz: 'Asia/Shanghai' };

/** The worker keeps the monthly 统计通报 run scheduled (JobSchedules registers it, again when Redis lost it, and catches up a missed month). */
@Injectable()
export class StatsReportsSchedule implements OnModuleInit {
  constructor(private readonly schedules: JobSchedules) {}

  onModuleInit(): void {
    this.schedules.keep({ id: JobSchedulerId.MonthlyStatsReports, repeat: MONTHLY_REPORTS });
  }
}
