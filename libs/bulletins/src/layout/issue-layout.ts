import { chineseDate, DistributionLine, IssueKind, IssueLayout } from '@sqmy/contract';
import { editorNoteText } from './editor-note';
import { IssueNumber, numberLine, shortLabel } from './numbering';

/** Everything the layout needs to know about an issue (numbers null on a draft). */
export interface LayoutSource {
  series: { title: string; issuingUnit: string; marking: string };
  kind: IssueKind;
  number: IssueNumber | null;
  date: string | null;
  editorNote: string | null;
  corrects: Omit<IssueNumber, 'totalNumber'> | null;
  items: { title: string; byline: string; editorNote: string | null; body: string }[];
  distribution: DistributionLine[];
  copies: number;
}

/** Paragraphs of a text: one per line, trimmed, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function buildIssueLayout(source: LayoutSource): IssueLayout {
  return {
    masthead: {
      title: source.series.title,
      numberLine: numberLine(source.number, source.kind),
      issuingUnit: source.series.issuingUnit,
      dateText: source.date ? chineseDate(source.date) : '',
      marking: source.series.marking,
    },
    correctionNotice: source.corrects ? `本期系对${shortLabel(source.corrects)}的更正。` : null,
    editorNote: editorNoteText(source.editorNote), // notes stored before they were cleaned on saving, too
    items: source.items.map((item) => ({
      title: item.title.trim(),
      byline: item.byline,
      editorNote: editorNoteText(item.editorNote),
      paragraphs: paragraphsOf(item.body),
    })),
    foot: { distribution: source.distribution, copiesText: `共印${source.copies}份` },
  };
}

/** The author/unit line under an item's title: `榆次区政协 张三 李四`. */
export function byline(unitName: string, authorNames: string[]): string {
  return [unitName, ...authorNames].filter(Boolean).join(' ');
}
