import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { DrilldownService } from './drilldown.service';
import { RankingsController } from './rankings.controller';
import { RankingsService } from './rankings.service';

/** Reading the tallies: rankings, drill-downs and their exports. */
@Module({
  imports: [AccountsModule],
  controllers: [RankingsController],
  providers: [RankingsService, DrilldownService],
  exports: [RankingsService],
})
export class RankingsModule {}
