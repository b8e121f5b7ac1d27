import { Processor } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobHandlers, JobName, QueueName, QueueProcessor } from '@sqmy/queue';
import { DataSource } from 'typeorm';
import { ScoringRecompute } from './recompute/scoring-recompute';
import { ScoreRefreshService } from './refresh/score-refresh.service';

/** Thin: refreshes the items' scores, or recomputes everything; errors reach BullMQ so it retries. */
@Processor(QueueName.Scoring)
export class ScoringProcessor extends QueueProcessor<QueueName.Scoring> {
  protected readonly handlers: JobHandlers<QueueName.Scoring>;

  constructor(refresh: ScoreRefreshService, @InjectDataSource() dataSource: DataSource) {
    super();
    this.handlers = {
      [JobName.RefreshScores]: ({ itemIds }) => refresh.refresh(itemIds),
      [JobName.RecomputeScores]: ({ committeeId }) => ScoringRecompute.recomputeAll(dataSource, { committeeId }),
    };
  }
}
