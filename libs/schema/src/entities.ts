import { LoginAttempt, Organisation, Session, User } from '@sqmy/accounts';
import { BulletinCounter, BulletinIssue, BulletinIssueItem, BulletinSeries } from '@sqmy/bulletins';
import { DeskSettings, ItemReminder } from '@sqmy/desk';
import { Attachment, Category, Commission, IdempotencyKey, Item, ItemAuthor, ItemEvent, ItemSearchEntry, ItemSimilarity, ItemVersion, RejectReason, Topic } from '@sqmy/items';
import { Notification } from '@sqmy/notifications';
import { LedgerImport } from '@sqmy/ledger';
import { AdoptionEvent, ItemReport, LeaderInstruction, Outlet } from '@sqmy/outcomes';
import { OutboxMessage, ScheduleRun } from '@sqmy/queue';
import { ItemScoreFact, OrgYearTally, Quota, ScoreLine, ScorePenalty, ScoreTally, ScoringRuleSet, StatsReport } from '@sqmy/scoring';

/** Every entity of the product: what the apps map and what migrations are generated from. */
export const ENTITIES = [
  Organisation,
  User,
  Session,
  LoginAttempt,
  Notification,
  OutboxMessage,
  ScheduleRun,
  Category,
  Topic,
  Commission,
  Item,
  ItemAuthor,
  ItemVersion,
  ItemEvent,
  IdempotencyKey,
  Attachment,
  ItemSimilarity,
  RejectReason,
  DeskSettings,
  ItemReminder,
  ItemSearchEntry,
  BulletinSeries,
  BulletinCounter,
  BulletinIssue,
  BulletinIssueItem,
  AdoptionEvent,
  Outlet,
  ItemReport,
  LeaderInstruction,
  LedgerImport,
  ScoringRuleSet,
  ScorePenalty,
  ScoreLine,
  ItemScoreFact,
  ScoreTally,
  OrgYearTally,
  Quota,
  StatsReport,
];
