import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor } from '@sqmy/queue';
import { NotificationsService } from './notifications.service';

/** Thin: one call into the service per job; errors reach BullMQ so it retries. */
@Processor(QueueName.Notifications)
export class NotificationsProcessor extends QueueProcessor<QueueName.Notifications> {
  protected readonly handlers: JobHandlers<QueueName.Notifications>;

  constructor(notifications: NotificationsService) {
    super();
    this.handlers = {
      [JobName.NotifyUsers]: (payload, job) => notifications.deliver(job.id!, payload),
    };
  }
}
