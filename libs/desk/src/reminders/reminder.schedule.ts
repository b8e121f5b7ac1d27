import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobSchedulerId, JobSchedules } from '@sqmy/queue';

export const REMINDER_EVERY_MS = 60 * 60 * 1000;

/** The worker keeps one hourly reminder run scheduled (JobSchedules registers it, again when Redis lost it). */
@Injectable()
export class ReminderSchedule implements OnModuleInit {
  constructor(private readonly schedules: JobSchedules) {}

  onModuleInit(): void {
    this.schedules.keep({ id: JobSchedulerId.DeskReminders, repeat: { every: REMINDER_EVERY_MS } });
  }
}
