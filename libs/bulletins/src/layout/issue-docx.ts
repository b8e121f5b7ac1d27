import { IssueLayout } from '@sqmy/contract';
import { AlignmentType, BorderStyle, Document, IRunOptions, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { FontRole, FONTS, MASTHEAD_RED } from './fonts';

/* A4 with the margins of official documents (GB/T 9704: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom). */
const PAGE = { width: 11906, height: 16838, top: 2098, right: 1474, bottom: 1984, left: 1587 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Half-points: 三号 16 pt for text, 二号 22 pt for titles, 36 pt for the masthead. */
const SIZE = { masthead: 72, title: 44, text: 32, small: 28 };
/** Two characters of 三号 text, in twips: the first-line indent. */
const INDENT = 640;

const run = (text: string, font: FontRole, options: IRunOptions = {}) =>
  new TextRun({ text, size: SIZE.text, ...options, font: { ascii: FONTS[font][0], eastAsia: FONTS[font][0], hAnsi: FONTS[font][0] } });

const redRule = { bottom: { style: BorderStyle.SINGLE, size: 18, color: MASTHEAD_RED, space: 6 } };

function masthead(layout: IssueLayout): Paragraph[] {
  const { masthead: m } = layout;
  return [
    new Paragraph({ children: [run(m.marking, 'heading', { size: SIZE.small })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [run(m.title, 'title', { size: SIZE.masthead, color: MASTHEAD_RED })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(m.numberLine, 'body')] }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: redRule,
      spacing: { after: 360 },
      children: [run(m.issuingUnit, 'body'), run(`\t${m.dateText}`, 'body')],
    }),
  ];
}

function editorNote(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: INDENT }, spacing: { after: 240 }, children: [run('编者按：', 'heading'), run(text, 'note')] });
}

function items(layout: IssueLayout): Paragraph[] {
  return layout.items.flatMap((item) => [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 120 }, children: [run(item.title, 'title', { size: SIZE.title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(item.byline, 'note')] }),
    ...(item.editorNote ? [editorNote(item.editorNote)] : []),
    ...item.paragraphs.map((text) => new Paragraph({ indent: { firstLine: INDENT }, spacing: { line: 560 }, children: [run(text, 'body')] })),
  ]);
}

function foot(layout: IssueLayout): Paragraph[] {
  const rule = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
  const lines = layout.foot.distribution.map(
    (line, index) =>
      new Paragraph({
        border: index === 0 ? { top: rule } : undefined,
        indent: { left: 320, hanging: 320 * line.label.length },
        children: [run(`${line.label}：`, 'heading', { size: SIZE.small }), run(line.text, 'body', { size: SIZE.small })],
      }),
  );
  return [
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    ...lines,
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      border: { top: lines.length ? undefined : rule, bottom: rule },
      children: [run(layout.foot.copiesText, 'body', { size: SIZE.small })],
    }),
  ];
}

/** The issue as a Word document in the official layout; the same layout always gives the same document text. */
export async function renderIssueDocx(layout: IssueLayout): Promise<Buffer> {
  const document = new Document({
    creator: layout.masthead.issuingUnit,
    title: `${layout.masthead.title} ${layout.masthead.numberLine}`,
    styles: { default: { document: { run: { font: { eastAsia: FONTS.body[0], ascii: FONTS.body[0], hAnsi: FONTS.body[0] }, size: SIZE.text } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left } } },
        children: [
          ...masthead(layout),
          ...(layout.correctionNotice ? [new Paragraph({ indent: { firstLine: INDENT }, children: [run(layout.correctionNotice, 'heading')] })] : []),
          ...(layout.editorNote ? [editorNote(layout.editorNote)] : []),
          ...items(layout),
          ...foot(layout),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
