import { Workbook } from 'exceljs';
import { addRankingSheet } from '../rankings/ranking-export';
import { StatsReportContent } from './stats-report-content.service';
import { COUNT_LABELS, quotaCells, QUOTA_COLUMNS } from './stats-report-tables';

function addSheet(workbook: Workbook, name: string, header: string[], rows: (string | number | null)[][], widths: number[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
}

/** The 统计通报 as a workbook: one sheet per table; its properties are fixed so the same content makes the same workbook. */
export async function renderStatsReportXlsx(content: StatsReportContent): Promise<Buffer> {
  const workbook = new Workbook();
  const date = new Date(`${content.issuedOn}T00:00:00Z`);
  Object.assign(workbook, { creator: content.committee.name, lastModifiedBy: content.committee.name, title: content.title, created: date, modified: date });
  addSheet(workbook, '总体情况', ['项目', '数量'], [[content.title, null], ...COUNT_LABELS.map(([key, label]) => [label, content.counts[key]])], [28, 12]);
  addSheet(workbook, '采用情况', ['层级', '方式', '件次'], content.adoptions.map((a) => [a.levelLabel, a.kindLabel, a.count]), [10, 14, 8]);
  addRankingSheet(workbook, '报送单位排名', { rows: content.units });
  addRankingSheet(workbook, '信息员排名', { rows: content.informants });
  addSheet(workbook, '任务数', QUOTA_COLUMNS, quotaCells(content.quotas), [20, 8, 8, 8, 8, 10, 8]);
  workbook.getWorksheet('任务数')!.getColumn(6).numFmt = '0.00%';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
