import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor } from '@sqmy/queue';
import { RemindersService } from './reminders.service';

/** Thin: the scheduled reminder run; errors reach BullMQ so it retries. */
@Processor(QueueName.Desk)
export class DeskProcessor extends QueueProcessor<QueueName.Desk> {
  protected readonly handlers: JobHandlers<QueueName.Desk>;

  constructor(reminders: RemindersService) {
    super();
    this.handlers = { [JobName.SendReminders]: () => reminders.run() };
  }
}
