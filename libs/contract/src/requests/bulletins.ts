import { IssueKind } from '../issue-kind';
import { DistributionLine } from '../views/bulletins';

/** What an admin sets on a series (POST, PATCH /bulletin-series). */
export interface SeriesFields {
  title: string;
  issuingUnit: string;
  marking?: string;
  defaultDistribution?: DistributionLine[];
  defaultCopies?: number;
}

/** One entry of an issue's ordered list, with its own 编者按. */
export interface IssueEntry {
  itemId: string;
  editorNote?: string | null;
}

/** The whole ordered list of an issue's items (PUT /bulletin-issues/{id}/items). */
export interface IssueItemsRequest {
  items: IssueEntry[];
}

/** What an editor may change on a draft besides its items. */
export interface IssueChanges {
  editorNote?: string | null;
  distribution?: DistributionLine[];
  copies?: number;
}

export interface NewIssue extends IssueChanges {
  kind?: IssueKind;
  correctsIssueId?: string;
  items?: IssueEntry[];
}

export interface SignIssueRequest {
  /** The issue's date; today in China when left out. */
  date?: string;
}
