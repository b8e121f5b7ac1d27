import { Ranking } from '@sqmy/contract';
import { Workbook } from 'exceljs';
import { SUBJECT_SOURCES } from './ranking-subjects';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns of every ranking table (export, 统计通报). */
export const RANKING_COLUMNS = ['名次', '名次变化', '名称', '单位', '得分', '报送', '采用', '采用率'];

/** A ranking as table rows: the change signed (+2, −1), the rate a fraction for a percent format. */
export function rankingCells(ranking: Pick<Ranking, 'rows'>): (string | number | null)[][] {
  return ranking.rows.map((row) => [
    row.rank,
    row.change === null ? (row.previousRank === null ? '新上榜' : '') : row.change > 0 ? `+${row.change}` : String(row.change),
    row.subject.name,
    row.subject.orgName ?? '',
    row.score,
    row.submitted,
    row.adopted,
    row.rate,
  ]);
}

/** Adds a ranking table to a workbook sheet: header, rows, widths, 采用率 as a percentage. */
export function addRankingSheet(workbook: Workbook, name: string, ranking: Pick<Ranking, 'rows'>): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(RANKING_COLUMNS).font = { bold: true };
  for (const cells of rankingCells(ranking)) sheet.addRow(cells);
  [8, 10, 16, 24, 10, 8, 8, 10].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.getColumn(5).numFmt = '0.00';
  sheet.getColumn(8).numFmt = '0.00%';
}

/** The file name of a ranking's export: 晋中市政协2024年第2季度信息员排名.xlsx. */
export const rankingFileName = (ranking: Ranking) => `${ranking.org.name}${ranking.period.label}${SUBJECT_SOURCES[ranking.subject].noun}排名.xlsx`;

/** A ranking as an .xlsx workbook. */
export async function rankingWorkbook(ranking: Ranking): Promise<Buffer> {
  const workbook = new Workbook();
  addRankingSheet(workbook, '排名', ranking);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
