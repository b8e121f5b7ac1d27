import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor } from '@sqmy/queue';
import { ScheduledReportsService } from './scheduled-reports.service';
import { StatsReportMaker } from './stats-report-maker';

/** Thin: makes a 统计通报, or queues the month's; errors reach BullMQ so it retries. */
@Processor(QueueName.StatsReports)
export class StatsReportsProcessor extends QueueProcessor<QueueName.StatsReports> {
  protected readonly handlers: JobHandlers<QueueName.StatsReports>;

  constructor(maker: StatsReportMaker, scheduled: ScheduledReportsService) {
    super();
    this.handlers = {
      [JobName.MakeStatsReport]: ({ reportId }) => maker.make(reportId),
      [JobName.QueueStatsReports]: () => scheduled.queueEnded(),
    };
  }
}
