import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@sqmy/queue';
import { DataSource } from 'typeorm';
import { endedPeriods } from './report-period';
import { queueStatsReport } from './stats-reports.service';

/**
 * The scheduled run (the 1st of each month, 06:00 Asia/Shanghai): every committee's 统计通报 of the
 * month just ended, and of the quarter and the year when they ended with it. A report that exists
 * already is left as it is, so a retried run queues nothing twice.
 */
@Injectable()
export class ScheduledReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async queueEnded(now = new Date()): Promise<number> {
    const committees = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM organisation WHERE kind <> 'unit' ORDER BY path`);
    const periods = endedPeriods(now);
    return this.dataSource.transaction(async (manager) => {
      let queued = 0;
      for (const committee of committees) {
        for (const { grain, period } of periods) {
          if (await queueStatsReport(manager, this.outbox, { committeeId: committee.id, grain, period, requestedById: null, again: false })) queued++;
        }
      }
      return queued;
    });
  }
}
