import { IssueKind } from '@sqmy/contract';

/** What names an issue: its kind, year, number in the year and running number (none for an issue imported from a ledger). */
export interface IssueNumber {
  kind: IssueKind;
  year: number;
  number: number;
  totalNumber: number | null;
}

/** An ideographic space (U+3000): the width of one character left blank for the number. */
const BLANK = '\u3000';

const prefix = (kind: IssueKind) => (kind === IssueKind.Supplement ? '增刊' : '');

/** The masthead's number line: 第3期（总第45期）, 增刊第1期（总第2期）; a draft gets blanks to fill; an imported issue has no 总第. */
export function numberLine(issue: IssueNumber | null, kind: IssueKind = IssueKind.Regular): string {
  if (!issue) return `${prefix(kind)}第${BLANK}期（总第${BLANK}期）`;
  const total = issue.totalNumber === null ? '' : `（总第${issue.totalNumber}期）`;
  return `${prefix(issue.kind)}第${issue.number}期${total}`;
}

/** The issue's name in lists and references: 2024年第3期（总第45期）. */
export function numberLabel(issue: IssueNumber): string {
  return `${issue.year}年${numberLine(issue)}`;
}

/** The short name, without the running number: 2024年第3期, 2024年增刊第1期. */
export function shortLabel(issue: Omit<IssueNumber, 'totalNumber'>): string {
  return `${issue.year}年${prefix(issue.kind)}第${issue.number}期`;
}

/** The download's file name: 晋中社情民意2024年第3期.docx. */
export function documentFileName(seriesTitle: string, issue: Omit<IssueNumber, 'totalNumber'>): string {
  return `${seriesTitle.replace(/[《》\\/:*?"<>|]/g, '')}${shortLabel(issue)}.docx`;
}
