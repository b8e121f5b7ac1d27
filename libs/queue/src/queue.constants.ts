/**
 * Queue names, job names and job payloads: a persisted contract (rows in the outbox and jobs in
 * Redis carry these strings). Add freely; never rename one that has shipped.
 */
export enum QueueName {
  Notifications = 'notifications',
  Intake = 'intake',
  Desk = 'desk',
  Bulletins = 'bulletins',
  Ledger = 'ledger',
  StatsReports = 'stats-reports',
  Scoring = 'scoring',
}

export enum JobName {
  NotifyUsers = 'notify-users',
  IntakeItem = 'intake-item',
  SendReminders = 'send-reminders',
  RenderBulletin = 'render-bulletin',
  ImportLedger = 'import-ledger',
  MakeStatsReport = 'make-stats-report',
  QueueStatsReports = 'queue-stats-reports',
  RefreshScores = 'scoring.refresh-item',
  RecomputeScores = 'scoring.recompute',
}

/** Repeatable jobs (BullMQ job schedulers), set up by the worker. */
export enum JobSchedulerId {
  DeskReminders = 'desk-reminders',
  MonthlyStatsReports = 'monthly-stats-reports',
}

/** The job each scheduler runs (its payload is empty). */
export const SCHEDULED_JOB = {
  [JobSchedulerId.DeskReminders]: JobName.SendReminders,
  [JobSchedulerId.MonthlyStatsReports]: JobName.QueueStatsReports,
} as const satisfies { readonly [S in JobSchedulerId]: JobName };

/**
 * BullMQ priorities of outbox jobs (1 is the highest; a job without one runs before every job with one).
 * Work nobody waits for gets Background, so a bulk of it never delays what a person just did.
 */
export enum JobPriority {
  Background = 100,
}

export interface NotifyUsersPayload {
  userIds: string[];
  title: string;
  body: string;
  /** A path inside the web app, e.g. `/account`. */
  link?: string | null;
}

/** An item was submitted (or resubmitted): prepare this version for the editors. */
export interface IntakeItemPayload {
  itemId: string;
  versionNo: number;
  /** false: the desk changed the text (an edit, a combined item); index it again without telling the editors of a new item. */
  notifyEditors?: boolean;
}

/** Look for items waiting too long at the desk or with their authors, and remind once per waiting period. */
export type SendRemindersPayload = Record<string, never>;

/** A signed issue is rendered to its .docx (again: the same issue gives the same stored file). */
export interface RenderBulletinPayload {
  issueId: string;
}

/** An uploaded ledger (台账) is checked and, when every row is good, written in one transaction. */
export interface ImportLedgerPayload {
  importId: string;
}

/** A 统计通报 is made (again: the same data gives the same files): its .docx and .xlsx, then its committee's analysts are told. */
export interface MakeStatsReportPayload {
  reportId: string;
}

/** The 1st of each month: queue every committee's 统计通报 of the month just ended (and of the quarter / year that ended with it). */
export type QueueStatsReportsPayload = Record<string, never>;
/** Items whose scoring facts changed: their score lines, facts and tallies are brought up to date (by difference). */
export interface RefreshScoresPayload {
  itemIds: string[];
}

/** A full recompute of score lines, facts and tallies: of one committee's items, or of all when null. */
export interface RecomputeScoresPayload {
  committeeId: string | null;
}

/** The payload type of every job. */
export interface JobPayloads {
  [JobName.NotifyUsers]: NotifyUsersPayload;
  [JobName.IntakeItem]: IntakeItemPayload;
  [JobName.SendReminders]: SendRemindersPayload;
  [JobName.RenderBulletin]: RenderBulletinPayload;
  [JobName.ImportLedger]: ImportLedgerPayload;
  [JobName.MakeStatsReport]: MakeStatsReportPayload;
  [JobName.QueueStatsReports]: QueueStatsReportsPayload;
  [JobName.RefreshScores]: RefreshScoresPayload;
  [JobName.RecomputeScores]: RecomputeScoresPayload;
}

/** The queue each job runs on. */
export const JOB_QUEUE = {
  [JobName.NotifyUsers]: QueueName.Notifications,
  [JobName.IntakeItem]: QueueName.Intake,
  [JobName.SendReminders]: QueueName.Desk,
  [JobName.RenderBulletin]: QueueName.Bulletins,
  [JobName.ImportLedger]: QueueName.Ledger,
  [JobName.MakeStatsReport]: QueueName.StatsReports,
  [JobName.QueueStatsReports]: QueueName.StatsReports,
  [JobName.RefreshScores]: QueueName.Scoring,
  [JobName.RecomputeScores]: QueueName.Scoring,
} as const satisfies { readonly [J in JobName]: QueueName };

export type JobOf<Q extends QueueName> = { [J in JobName]: (typeof JOB_QUEUE)[J] extends Q ? J : never }[JobName];

/** What enqueueing a job needs: its name and its typed payload; without a priority it runs first. */
export type JobRequest = { [J in JobName]: { name: J; payload: JobPayloads[J]; priority?: JobPriority } }[JobName];

/** The jobs of bulk work (a ledger import's intake and score refreshes): run after everything a person is waiting for. */
export const inBackground = (jobs: readonly JobRequest[]): JobRequest[] => jobs.map((job) => ({ ...job, priority: JobPriority.Background }));

const REFRESH_CHUNK = 500;

/**
 * The jobs every writer of an item's scoring facts adds to its outbox in the same transaction
 * (submit, withdraw, authors, merge, publish, reports, adoptions, 批示, penalties, ledger imports,
 * rule changes): `scoring.refresh-item` for the items, in chunks. Here, not in libs/scoring, so the
 * writers need no import of the scoring library (which reads theirs).
 */
export function refreshScores(itemIds: readonly string[]): JobRequest[] {
  const ids = [...new Set(itemIds)].sort();
  const jobs: JobRequest[] = [];
  for (let i = 0; i < ids.length; i += REFRESH_CHUNK) jobs.push({ name: JobName.RefreshScores, payload: { itemIds: ids.slice(i, i + REFRESH_CHUNK) } });
  return jobs;
}
