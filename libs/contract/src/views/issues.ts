import { DocumentStatus, IssueKind, IssueStatus } from '../issue-kind';
import { ItemStatus } from '../item-status';
import { DistributionLine } from './bulletins';
import { PersonRef } from './refs';

export interface DocumentView {
  status: DocumentStatus;
  fileName: string | null;
  size: number | null;
  renderedAt: Date | null;
}

/** An issue as another names it: 2024年第3期（总第45期）; null on a draft. */
export interface IssueRef {
  id: string;
  numberLabel: string | null;
}

export interface IssueSummary {
  id: string;
  series: { id: string; title: string };
  kind: IssueKind;
  status: IssueStatus;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  /** 2024年第3期（总第45期）; null on a draft. */
  numberLabel: string | null;
  date: string | null;
  corrects: IssueRef | null;
  itemCount: number;
  createdAt: Date;
  updatedAt: Date;
  signedBy: PersonRef | null;
  signedAt: Date | null;
  publishedBy: PersonRef | null;
  publishedAt: Date | null;
  document: DocumentView;
}

export interface IssueItemView {
  itemId: string;
  position: number;
  editorNote: string | null;
  title: string;
  body: string;
  /** The author/unit line printed under the title. */
  byline: string;
  authors: PersonRef[];
  unit: { id: string; name: string };
  itemStatus: ItemStatus;
}

export interface IssueView extends IssueSummary {
  editorNote: string | null;
  distribution: DistributionLine[];
  copies: number;
  correctedBy: IssueRef[];
  items: IssueItemView[];
}
