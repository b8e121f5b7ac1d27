import { Summary, UnitFigures } from '@sqmy/contract';
import { Workbook } from 'exceljs';

/** The annual figures as the research center reports them: label and value, in the order of the work report. */
const SUMMARY_ROWS: [label: string, value: (s: Summary) => number][] = [
  ['收集信息（件）', (s) => s.collected],
  ['本级刊物编发（件）', (s) => s.locallyPublished],
  ['出刊（期）', (s) => s.issues],
  ['报送省政协（件）', (s) => s.reportedProvince],
  ['报送全国政协（件）', (s) => s.reportedNational],
  ['向上报送（件，去重）', (s) => s.reportedUp],
  ['省政协采用（件）', (s) => s.adoptedProvince],
  ['全国政协采用（件）', (s) => s.adoptedNational],
  ['上级采用（件，去重）', (s) => s.adoptedUp],
  ['采用件次', (s) => s.adoptionOccurrences],
  ['领导批示（件次）', (s) => s.endorsements.total],
  ['其中：市级', (s) => s.endorsements.city],
  ['其中：省级', (s) => s.endorsements.province],
  ['其中：国家级', (s) => s.endorsements.national],
  ['其中：厅局级', (s) => s.endorsements.department],
];

const UNIT_COLUMNS: [header: string, width: number, value: (u: UnitFigures) => string | number][] = [
  ['报送单位', 28, (u) => u.unitName],
  ['报送（件）', 12, (u) => u.submitted],
  ['本级编发（件）', 14, (u) => u.locallyPublished],
  ['向上报送（件）', 14, (u) => u.reportedUp],
  ['上级采用（件）', 14, (u) => u.adoptedUp],
];

/** 年度统计 as an .xlsx workbook: a sheet of the org's figures and a sheet of its units'. */
export async function figuresSheet(summary: Summary, units: UnitFigures[]): Promise<Buffer> {
  const workbook = new Workbook();
  const figures = workbook.addWorksheet('年度统计');
  figures.columns = [
    { header: `${summary.org.name}${summary.year}年社情民意信息工作统计`, width: 28 },
    { header: '', width: 12 },
  ];
  figures.getRow(1).font = { bold: true };
  for (const [label, value] of SUMMARY_ROWS) figures.addRow([label, value(summary)]);
  const table = workbook.addWorksheet('各单位', { views: [{ state: 'frozen', ySplit: 1 }] });
  table.columns = UNIT_COLUMNS.map(([header, width]) => ({ header, width }));
  table.getRow(1).font = { bold: true };
  for (const unit of units) table.addRow(UNIT_COLUMNS.map(([, , value]) => value(unit)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download's name: 晋中市政协2024年社情民意信息统计.xlsx. */
export const figuresFileName = (summary: Summary) => `${summary.org.name}${summary.year}年社情民意信息统计.xlsx`;
