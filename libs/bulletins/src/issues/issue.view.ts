import { DistributionLine } from '../series/distribution';
import { DocumentStatus, IssueKind, IssueStatus, ItemStatus } from '@sqmy/contract';

type Person = { id: string; name: string } | null;

export interface DocumentView {
  status: DocumentStatus;
  fileName: string | null;
  size: number | null;
  renderedAt: Date | null;
}

export interface IssueSummary {
  id: string;
  series: { id: string; title: string };
  kind: IssueKind;
  status: IssueStatus;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  numberLabel: string | null;
  date: string | null;
  corrects: { id: string; numberLabel: string | null } | null;
  itemCount: number;
  createdAt: Date;
  updatedAt: Date;
  signedBy: Person;
  signedAt: Date | null;
  publishedBy: Person;
  publishedAt: Date | null;
  document: DocumentView;
}

export interface IssueItemView {
  itemId: string;
  position: number;
  editorNote: string | null;
  title: string;
  body: string;
  byline: string;
  authors: { id: string; name: string }[];
  unit: { id: string; name: string };
  itemStatus: ItemStatus;
}

export interface IssueView extends IssueSummary {
  editorNote: string | null;
  distribution: DistributionLine[];
  copies: number;
  correctedBy: { id: string; numberLabel: string | null }[];
  items: IssueItemView[];
}
