import { IssueStatus } from '../issue-kind';
import { DocumentView } from './issues';
import { ItemSummary } from './items';

/** The heads of a distribution line in the foot (报尾): 报 (up), 送 (across), 发 (down), or 主送 / 抄送. */
export const DISTRIBUTION_LABELS = ['报', '送', '发', '主送', '抄送'] as const;
export type DistributionLabel = (typeof DISTRIBUTION_LABELS)[number];

/** One line of the distribution list, e.g. `{label: '报', text: '省政协办公厅，市委、市人大、市政府、市政协领导'}`. */
export interface DistributionLine {
  label: DistributionLabel;
  text: string;
}

/** A bulletin series (刊物) of a committee, such as 《晋中社情民意》. */
export interface SeriesView {
  id: string;
  committee: { id: string; name: string };
  title: string;
  issuingUnit: string;
  marking: string;
  defaultDistribution: DistributionLine[];
  defaultCopies: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What re-rendering answers: where the issue's .docx now stands. */
export interface DocumentAnswer {
  document: DocumentView;
}

/** An approved item of the committee and the draft or signed issue it is already in. */
export interface Candidate extends ItemSummary {
  issue: { id: string; status: IssueStatus; numberLabel: string | null } | null;
}

/** What the print view and the .docx are both made from: the official layout of DESIGN.md, as data. */
export interface IssueLayout {
  masthead: { title: string; numberLine: string; issuingUnit: string; dateText: string; marking: string };
  correctionNotice: string | null;
  editorNote: string | null;
  items: LayoutItem[];
  foot: { distribution: DistributionLine[]; copiesText: string };
}

export interface LayoutItem {
  title: string;
  byline: string;
  editorNote: string | null;
  paragraphs: string[];
}
