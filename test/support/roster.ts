import { Workbook } from 'exceljs';
import { sheetXlsx } from '../../libs/storage/src/test-files';

const ROSTER_HEADER = ['姓名', '手机号', '单位', '身份'];

/** An .xlsx roster as a unit would upload it: a header row, then one row per person. */
export async function rosterXlsx(rows: (string | number)[][], header: string[] = ROSTER_HEADER): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('信息员名册');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A roster of 2.4 MB that unpacks to a million rows (empty but for their number,
 * as a sheet keeps rows someone once formatted). `declaredBytes` forges the size the ZIP declares.
 */
export function millionRowRoster(declaredBytes?: number): Buffer {
  const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 2}"/>`).join('');
  const header = '<row r="1">' + ROSTER_HEADER.map((text, i) => `<c r="${'ABCD'[i]}1" t="inlineStr"><is><t>${text}</t></is></c>`).join('') + '</row>';
  return sheetXlsx(Buffer.from(header + rows), declaredBytes ? { declare: { 'xl/worksheets/sheet1.xml': declaredBytes } } : {});
}
