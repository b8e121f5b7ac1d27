import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { FiguresModule } from '@sqmy/outcomes';
import { DashboardController } from '../dashboard/dashboard.controller';
import { DashboardService } from '../dashboard/dashboard.service';
import { StandingService } from '../dashboard/standing.service';
import { QuotasController } from '../quotas/quotas.controller';
import { QuotasService } from '../quotas/quotas.service';
import { DrilldownService } from './drilldown.service';
import { RankingsController } from './rankings.controller';
import { RankingsService } from './rankings.service';

/** Reading the tallies: rankings, drill-downs and their exports; quotas and their progress; the dashboard and one's own standing. */
@Module({
  imports: [AccountsModule, FiguresModule],
  controllers: [RankingsController, QuotasController, DashboardController],
  providers: [RankingsService, DrilldownService, QuotasService, DashboardService, StandingService],
  exports: [RankingsService],
})
export class RankingsModule {}
