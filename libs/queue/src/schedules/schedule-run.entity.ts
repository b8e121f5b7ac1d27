import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JobSchedulerId } from '../queue.constants';

/**
 * When a scheduled job last ran (or was queued to catch up a missed run; first: when the schedule was
 * first kept). In PostgreSQL, so a Redis that lost its schedulers cannot make a run be forgotten.
 */
@Entity('job_schedule_run')
export class ScheduleRun {
  @PrimaryColumn({ type: 'text' })
  schedulerId: JobSchedulerId;

  @Column({ type: 'timestamptz' })
  lastRunAt: Date;
}
