import { Module } from '@nestjs/common';
import { AccessPolicy } from '@sqmy/accounts';
import { QueueModule } from '@sqmy/queue';
import { StorageModule } from '@sqmy/storage';
import { QuotasService } from '../quotas/quotas.service';
import { RankingsService } from '../rankings/rankings.service';
import { ScheduledReportsService } from './scheduled-reports.service';
import { StatsReportContentService } from './stats-report-content.service';
import { StatsReportMaker } from './stats-report-maker';
import { StatsReportsProcessor } from './stats-reports.processor';
import { StatsReportsSchedule } from './stats-reports.schedule';

/** The worker side of the 统计通报: making them, and the monthly schedule. */
@Module({
  imports: [QueueModule, StorageModule],
  providers: [AccessPolicy, RankingsService, QuotasService, StatsReportContentService, StatsReportMaker, ScheduledReportsService, StatsReportsProcessor, StatsReportsSchedule],
  exports: [ScheduledReportsService],
})
export class StatsReportsWorkerModule {}
