import { AttachmentView } from './attachments';
import { CommentAudience } from '../comment-audience';
import { ItemStatus } from '../item-status';
import { ItemAction } from '../item-transitions';

export interface AuthorView {
  id: string;
  name: string;
  lead: boolean;
}

export interface ItemSummary {
  id: string;
  title: string;
  status: ItemStatus;
  unit: { id: string; name: string };
  authors: AuthorView[];
  categoryCode: string | null;
  topicId: string | null;
  commissionId: string | null;
  versionNo: number;
  version: number;
  submittedAt: Date | null;
  updatedAt: Date;
}

export interface ItemView extends ItemSummary {
  body: string;
  /** Conventions of the field that the text does not follow (shown, not enforced). */
  warnings: string[];
  versions: { no: number; reason: string; createdAt: Date; createdBy: string }[];
  /** Every move; `comment` is null for a reader outside the desk when `audience` is the desk's. */
  events: { action: string; from: ItemStatus | null; to: ItemStatus; comment: string | null; audience: CommentAudience; reasonCode: string | null; actor: string; at: Date }[];
  attachments: AttachmentView[];
  /** Near-duplicates found at intake (desk only), most similar first. */
  similar: (ItemSummary & { similarity: number })[];
  /** The desk's side: who screens or edits it, why it was not used, what it was merged into or from. */
  assignee: { id: string; name: string } | null;
  rejectReason: { code: string; label: string } | null;
  mergedInto: { id: string; title: string } | null;
  mergedFrom: { id: string; title: string }[];
  /** The moves the caller may make on the item now (the transition table and the access policy); the screens offer only these. */
  allowedMoves: ItemAction[];
}

/** One stored version as the item lists it, one move on its timeline, one near-duplicate. */
export type ItemVersionRef = ItemView['versions'][number];
export type ItemEventView = ItemView['events'][number];
export type SimilarItem = ItemView['similar'][number];
