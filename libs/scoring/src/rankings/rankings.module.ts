import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { QuotasController } from '../quotas/quotas.controller';
import { QuotasService } from '../quotas/quotas.service';
import { DrilldownService } from './drilldown.service';
import { RankingsController } from './rankings.controller';
import { RankingsService } from './rankings.service';

/** Reading the tallies: rankings, drill-downs and their exports; quotas and their progress. */
@Module({
  imports: [AccountsModule],
  controllers: [RankingsController, QuotasController],
  providers: [RankingsService, DrilldownService, QuotasService],
  exports: [RankingsService],
})
export class RankingsModule {}
