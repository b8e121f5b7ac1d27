import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor, runJob } from '@sqmy/queue';
import { Job } from 'bullmq';
import { RemindersService } from './reminders.service';

/** Thin: the scheduled reminder run; errors reach BullMQ so it retries. */
@Processor(QueueName.Desk)
export class DeskProcessor extends QueueProcessor {
  private readonly handlers: JobHandlers<QueueName.Desk>;

  constructor(reminders: RemindersService) {
    super();
    this.handlers = { [JobName.SendReminders]: () => reminders.run() };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
