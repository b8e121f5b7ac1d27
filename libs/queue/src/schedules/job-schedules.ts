import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@sqmy/config';
import { getNextMillis, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { FailFastQueues } from '../fail-fast-queues';
import { DEFAULT_JOB_OPTIONS } from '../job-options';
import { OutboxService } from '../outbox.service';
import { JOB_QUEUE, JobRequest, JobSchedulerId, SCHEDULED_JOB } from '../queue.constants';

/** A repeatable job: its scheduler and when it runs (BullMQ's `every` in ms, or a cron pattern in a time zone). */
export interface JobSchedule {
  id: JobSchedulerId;
  repeat: { every: number } | { pattern: string; tz: string };
}

/** A run is missed when it is this late and the scheduler does not run it within this time either. */
const MISSED_AFTER_MS = 10 * 60 * 1000;

/**
 * The worker's repeatable jobs. Their libraries `keep` them; the worker's upkeep `check`s them: a
 * scheduler Redis lost is registered again, and a run missed while it was gone (or while no worker
 * ran) is caught up once, through the outbox. Last runs are remembered in PostgreSQL (ScheduleRun).
 * Idempotent, so any number of worker copies check side by side.
 */
@Injectable()
export class JobSchedules {
  private readonly logger = new Logger(JobSchedules.name);
  private readonly kept = new Map<JobSchedulerId, JobSchedule>();
  private readonly queues: FailFastQueues;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    config: AppConfig,
  ) {
    this.queues = new FailFastQueues(config);
  }

  keep(schedule: JobSchedule): void {
    this.kept.set(schedule.id, schedule);
  }

  /** Registers missing schedulers (every one when `always`: at start, so a changed schedule takes effect), then catches up missed runs. */
  async check(always = false): Promise<void> {
    for (const schedule of this.kept.values()) {
      const queue = await this.queues.ready(JOB_QUEUE[SCHEDULED_JOB[schedule.id]]);
      const known = await queue.getJobScheduler(schedule.id);
      if (always || !known) await this.register(queue, schedule);
      if (!always && !known) this.logger.warn(`定时任务 ${schedule.id} 已从 Redis 丢失，已重新登记`);
      const next = (await queue.getJobScheduler(schedule.id))?.next ?? null;
      await this.catchUp(schedule, next);
    }
  }

  close(): Promise<void> {
    return this.queues.close();
  }

  private async register(queue: Queue, { id, repeat }: JobSchedule): Promise<void> {
    await queue.upsertJobScheduler(id, repeat, { name: SCHEDULED_JOB[id], data: {}, opts: DEFAULT_JOB_OPTIONS });
  }

  /** One run through the outbox when the schedule's time passed since its last run and its scheduler is not about to run. */
  private async catchUp(schedule: JobSchedule, next: number | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO job_schedule_run (scheduler_id, last_run_at) VALUES ($1, now()) ON CONFLICT DO NOTHING', [schedule.id]);
      const [{ last_run_at: lastRun }] = await manager.query<{ last_run_at: Date }[]>(
        'SELECT last_run_at FROM job_schedule_run WHERE scheduler_id = $1 FOR UPDATE',
        [schedule.id],
      );
      const due = missedRun(schedule, lastRun.getTime(), next, Date.now());
      if (due === null) return;
      await this.outbox.add(manager, { name: SCHEDULED_JOB[schedule.id], payload: {} } as JobRequest);
      await manager.query('UPDATE job_schedule_run SET last_run_at = now() WHERE scheduler_id = $1', [schedule.id]);
      this.logger.warn(`定时任务 ${schedule.id} 错过了 ${new Date(due).toISOString()} 的运行，补运行一次`);
    });
  }
}

/**
 * The run a schedule missed, given its last run and its scheduler's next run (null: none): the first run
 * due after the last one, when it is more than MISSED_AFTER_MS late and the scheduler will not run within that time.
 */
export function missedRun({ repeat }: JobSchedule, lastRun: number, next: number | null, now: number): number | null {
  const due = 'every' in repeat ? lastRun + repeat.every : getNextMillis(lastRun, repeat);
  if (due === undefined || now < due + MISSED_AFTER_MS) return null;
  if (next !== null && next < now + MISSED_AFTER_MS) return null;
  return due;
}
