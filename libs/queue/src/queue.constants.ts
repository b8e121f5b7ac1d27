/**
 * Queue names, job names and job payloads: a persisted contract (rows in the outbox and jobs in
 * Redis carry these strings). Add freely; never rename one that has shipped.
 */
export enum QueueName {
  Notifications = 'notifications',
}

export enum JobName {
  NotifyUsers = 'notify-users',
}

export interface NotifyUsersPayload {
  userIds: string[];
  title: string;
  body: string;
  /** A path inside the web app, e.g. `/account`. */
  link?: string | null;
}

/** The payload type of every job. */
export interface JobPayloads {
  [JobName.NotifyUsers]: NotifyUsersPayload;
}

/** The queue each job runs on. */
export const JOB_QUEUE: { readonly [J in JobName]: QueueName } = {
  [JobName.NotifyUsers]: QueueName.Notifications,
};

export type JobOf<Q extends QueueName> = { [J in JobName]: (typeof JOB_QUEUE)[J] extends Q ? J : never }[JobName];

/** What enqueueing a job needs: its name and its typed payload. */
export type JobRequest = { [J in JobName]: { name: J; payload: JobPayloads[J] } }[JobName];
