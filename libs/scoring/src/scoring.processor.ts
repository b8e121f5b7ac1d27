import { Processor } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobHandlers, JobName, QueueName, QueueProcessor, runJob } from '@sqmy/queue';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { ScoringRecompute } from './recompute/scoring-recompute';
import { ScoreRefreshService } from './refresh/score-refresh.service';

/** Thin: refreshes the items' scores, or recomputes everything; errors reach BullMQ so it retries. */
@Processor(QueueName.Scoring)
export class ScoringProcessor extends QueueProcessor {
  private readonly handlers: JobHandlers<QueueName.Scoring>;

  constructor(refresh: ScoreRefreshService, @InjectDataSource() dataSource: DataSource) {
    super();
    this.handlers = {
      [JobName.RefreshScores]: ({ itemIds }) => refresh.refresh(itemIds),
      [JobName.RecomputeScores]: ({ committeeId }) => ScoringRecompute.recomputeAll(dataSource, { committeeId }),
    };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
