import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { QueueModule } from '@sqmy/queue';
import { ItemOutcomesController } from './item-outcomes/item-outcomes.controller';
import { ItemOutcomesReader } from './item-outcomes/item-outcomes.reader';
import { PenaltiesController } from './penalties/penalties.controller';
import { PenaltiesService } from './penalties/penalties.service';
import { RecomputeRequests } from './recompute/recompute-requests';
import { ScoreRefreshService } from './refresh/score-refresh.service';
import { RuleSetsController } from './rules/rule-sets.controller';
import { RuleSetsService } from './rules/rule-sets.service';
import { ScoringProcessor } from './scoring.processor';

/** The API side of scoring: rule sets (计分办法), penalties, the full recompute on request, an item's outcomes with its penalties. */
@Module({
  imports: [AccountsModule, QueueModule],
  controllers: [RuleSetsController, PenaltiesController, ItemOutcomesController],
  providers: [RuleSetsService, PenaltiesService, RecomputeRequests, ItemOutcomesReader],
})
export class ScoringModule {}

/** The worker side: the `scoring` queue (refresh of items, full recompute). */
@Module({
  imports: [QueueModule],
  providers: [ScoreRefreshService, ScoringProcessor],
})
export class ScoringWorkerModule {}
