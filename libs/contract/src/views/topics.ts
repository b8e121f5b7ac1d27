/** A subject category (经济, 民生, 社会治理…). */
export interface CategoryView {
  code: string;
  name: string;
  position: number;
  active: boolean;
}

/** A topic call (选题): what the research center wants information on, open between two dates. */
export interface TopicView {
  id: string;
  committeeId: string;
  title: string;
  description: string;
  categoryCode: string | null;
  opensOn: string;
  closesOn: string;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Persisted: never rename a value. */
export enum CommissionStatus {
  Open = 'open',
  Answered = 'answered',
  Cancelled = 'cancelled',
}

/** A commissioned item (约稿): an editor asks a named informant or unit for an item by a deadline. */
export interface CommissionView {
  id: string;
  committeeId: string;
  topicId: string | null;
  title: string;
  note: string;
  /** The informant asked, or null when a whole unit is asked. */
  assigneeUserId: string | null;
  assigneeUnitId: string;
  dueOn: string;
  status: CommissionStatus;
  answeredByItemId: string | null;
  createdById: string;
  createdAt: Date;
}
