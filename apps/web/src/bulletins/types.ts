/** Shapes of the bulletins part of the HTTP API v1 (docs/api-contract.md, "Bulletins"). */
import type { ItemSummary, PersonRef } from '../items/types';

export const DISTRIBUTION_LABELS = ['报', '送', '发', '主送', '抄送'] as const;
export type DistributionLabel = (typeof DISTRIBUTION_LABELS)[number];

export interface DistributionLine {
  label: DistributionLabel;
  text: string;
}

export interface Series {
  id: string;
  committee: { id: string; name: string };
  title: string;
  issuingUnit: string;
  marking: string;
  defaultDistribution: DistributionLine[];
  defaultCopies: number;
  createdAt: string;
  updatedAt: string;
}

/** What an admin sets on a series (POST, PATCH /bulletin-series). */
export interface SeriesFields {
  title: string;
  issuingUnit: string;
  marking?: string;
  defaultDistribution?: DistributionLine[];
  defaultCopies?: number;
}

export type IssueKind = 'regular' | 'supplement';
export type IssueStatus = 'draft' | 'signed' | 'published';
export type DocumentStatus = 'none' | 'pending' | 'ready' | 'failed';

export interface IssueDocument {
  status: DocumentStatus;
  fileName: string | null;
  size: number | null;
  renderedAt: string | null;
}

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
  createdAt: string;
  updatedAt: string;
  signedBy: PersonRef | null;
  signedAt: string | null;
  publishedBy: PersonRef | null;
  publishedAt: string | null;
  document: IssueDocument;
}

export interface IssueItem {
  itemId: string;
  position: number;
  editorNote: string | null;
  title: string;
  body: string;
  /** The author/unit line printed under the title. */
  byline: string;
  authors: PersonRef[];
  unit: { id: string; name: string };
  itemStatus: ItemSummary['status'];
}

export interface IssueView extends IssueSummary {
  editorNote: string | null;
  distribution: DistributionLine[];
  copies: number;
  correctedBy: IssueRef[];
  items: IssueItem[];
}

/** One entry of an issue's ordered list (PUT /bulletin-issues/{id}/items). */
export interface IssueEntry {
  itemId: string;
  editorNote?: string | null;
}

export interface NewIssue {
  kind?: IssueKind;
  correctsIssueId?: string;
  items?: IssueEntry[];
}

export interface IssueChanges {
  editorNote?: string | null;
  distribution?: DistributionLine[];
  copies?: number;
}

/** An approved item of the committee and the draft or signed issue it is already in. */
export interface Candidate extends ItemSummary {
  issue: { id: string; status: IssueStatus; numberLabel: string | null } | null;
}

/** What the print view and the .docx are both made from (GET /bulletin-issues/{id}/layout). */
export interface IssueLayout {
  masthead: { title: string; numberLine: string; issuingUnit: string; dateText: string; marking: string };
  correctionNotice: string | null;
  editorNote: string | null;
  items: { title: string; byline: string; editorNote: string | null; paragraphs: string[] }[];
  foot: { distribution: DistributionLine[]; copiesText: string };
}
