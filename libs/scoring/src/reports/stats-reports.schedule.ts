import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, JobName, JobSchedulerId, QueueName } from '@sqmy/queue';
import { Queue } from 'bullmq';

/** On the 1st of each month at 06:00 in the committees' calendar. */
export const MONTHLY_REPORTS = { pattern: '0 6 1 * *', tz: 'Asia/Shanghai' };

/** The worker keeps the monthly 统计通报 run scheduled; upserting is idempotent across worker copies. */
@Injectable()
export class StatsReportsSchedule implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.StatsReports) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(JobSchedulerId.MonthlyStatsReports, MONTHLY_REPORTS, {
      name: JobName.QueueStatsReports,
      data: {},
      opts: DEFAULT_JOB_OPTIONS,
    });
  }
}
