import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { QueueModule } from '@sqmy/queue';
import { StorageModule } from '@sqmy/storage';
import { FiguresModule } from '../figures/figures.module';
import { DashboardController } from '../dashboard/dashboard.controller';
import { DashboardService } from '../dashboard/dashboard.service';
import { StandingService } from '../dashboard/standing.service';
import { QuotasController } from '../quotas/quotas.controller';
import { QuotasService } from '../quotas/quotas.service';
import { StatsReportsController } from '../reports/stats-reports.controller';
import { StatsReportsService } from '../reports/stats-reports.service';
import { DrilldownService } from './drilldown.service';
import { RankingsController } from './rankings.controller';
import { RankingsService } from './rankings.service';

/** Reading the tallies: rankings, drill-downs and their exports; quotas and their progress; the dashboard and one's own standing; the 统计通报 on demand and their files. */
@Module({
  imports: [AccountsModule, FiguresModule, QueueModule, StorageModule],
  controllers: [RankingsController, QuotasController, DashboardController, StatsReportsController],
  providers: [RankingsService, DrilldownService, QuotasService, DashboardService, StandingService, StatsReportsService],
  exports: [RankingsService],
})
export class RankingsModule {}
