import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, JobName, JobSchedulerId, QueueName } from '@sqmy/queue';
import { Queue } from 'bullmq';

export const REMINDER_EVERY_MS = 60 * 60 * 1000;

/**
 * The worker keeps one hourly reminder run scheduled. Upserting is idempotent, so any number of
 * worker copies share the one schedule.
 */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Desk) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobSchedulerId.DeskReminders,
      { every: REMINDER_EVERY_MS },
      { name: JobName.SendReminders, data: {}, opts: DEFAULT_JOB_OPTIONS },
    );
  }
}
