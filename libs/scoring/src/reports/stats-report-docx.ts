import { FONTS } from '@sqmy/bulletins';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { RANKING_COLUMNS, rankingCells } from '../rankings/ranking-export';
import { StatsReportContent } from './stats-report-content.service';
import { countLines, quotaCells, QUOTA_COLUMNS } from './stats-report-tables';

/** Half-points: 二号 titles, 三号 text, 五号 tables. */
const SIZE = { title: 44, heading: 32, text: 32, table: 21 };
const font = (role: keyof typeof FONTS) => ({ ascii: FONTS[role][0], eastAsia: FONTS[role][0], hAnsi: FONTS[role][0] });

const text = (value: string, role: keyof typeof FONTS = 'body', size = SIZE.text) => new TextRun({ text: value, font: font(role), size });
const heading = (value: string) => new Paragraph({ spacing: { before: 240, after: 120 }, children: [text(value, 'heading', SIZE.heading)] });
const paragraph = (value: string) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [text(value)] });

function table(header: string[], rows: (string | number | null)[][]): Table {
  const cell = (value: string | number | null, bold = false) =>
    new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: value === null ? '—' : String(value), bold, font: font('body'), size: SIZE.table })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) }))],
  });
}

const percent = (rate: number | string | null) => (typeof rate === 'number' ? `${(rate * 100).toFixed(2)}%` : rate);
const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Fixed document properties: the same content gives the same document parts, whenever it is made. */
function coreProperties(content: StatsReportContent): string {
  const date = `${content.issuedOn}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(content.title)}</dc:title><dc:creator>${xml(content.committee.name)}</dc:creator><cp:lastModifiedBy>${xml(content.committee.name)}</cp:lastModifiedBy>` +
    `<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The 统计通报 as a Word document: the counts in words, then the tables. */
export async function renderStatsReportDocx(content: StatsReportContent): Promise<Buffer> {
  const rankingRows = (rows: StatsReportContent['units']) => rankingCells({ rows }).map((cells) => [...cells.slice(0, 7), percent(cells[7])]);
  const document = new Document({
    creator: content.committee.name,
    title: content.title,
    styles: { default: { document: { run: { font: font('body'), size: SIZE.text } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(content.title, 'title', SIZE.title)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [text(content.periodText, 'note')] }),
          heading('一、总体情况'),
          ...countLines(content.counts).map(paragraph),
          heading('二、采用情况（按层级和方式）'),
          content.adoptions.length
            ? table(['层级', '方式', '件次'], content.adoptions.map((a) => [a.levelLabel, a.kindLabel, a.count]))
            : paragraph('本期无采用记录。'),
          heading('三、报送单位排名（前20名，按得分）'),
          content.units.length ? table(RANKING_COLUMNS, rankingRows(content.units)) : paragraph('本期无得分记录。'),
          heading('四、信息员排名（前20名，按得分）'),
          content.informants.length ? table(RANKING_COLUMNS, rankingRows(content.informants)) : paragraph('本期无得分记录。'),
          heading('五、任务数完成情况'),
          content.quotas.length ? table(QUOTA_COLUMNS, quotaCells(content.quotas).map((cells) => [...cells.slice(0, 5), percent(cells[5]), cells[6]])) : paragraph('本年度未设定任务数。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(content) }]);
}
