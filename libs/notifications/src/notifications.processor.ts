import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor, runJob } from '@sqmy/queue';
import { Job } from 'bullmq';
import { NotificationsService } from './notifications.service';

/** Thin: one call into the service per job; errors reach BullMQ so it retries. */
@Processor(QueueName.Notifications)
export class NotificationsProcessor extends QueueProcessor {
  private readonly handlers: JobHandlers<QueueName.Notifications>;

  constructor(notifications: NotificationsService) {
    super();
    this.handlers = {
      [JobName.NotifyUsers]: (payload, job) => notifications.deliver(job.id!, payload),
    };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
