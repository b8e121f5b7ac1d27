import { AttachmentView } from '../attachments/attachment.view';
import { CommentAudience, ItemAction, ItemStatus } from '@sqmy/contract';
import { BODY_CONVENTION } from './dto/item.dto';
import { Item } from './item.entity';

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

export function conventionWarnings(item: Pick<Item, 'title' | 'body'>): string[] {
  const warnings: string[] = [];
  const length = countCharacters(item.body);
  if (length > BODY_CONVENTION) warnings.push(`正文 ${length} 字，超过一般不超过 ${BODY_CONVENTION} 字的惯例`);
  if (item.title && !/^关于.+的(建议|意见|报告|情况)/.test(item.title) && item.title.length > 40) {
    warnings.push('标题较长；惯例为“关于……的建议”或一句话陈述');
  }
  return warnings;
}

/** Characters as a reader counts them: code points, white space not counted. */
function countCharacters(text: string): number {
  const compact = text.replace(/\s+/g, '');
  return compact.length - (compact.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
}
