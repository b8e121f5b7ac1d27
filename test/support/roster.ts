import { Workbook } from 'exceljs';

/** An .xlsx roster as a unit would upload it: a header row, then one row per person. */
export async function rosterXlsx(rows: (string | number)[][], header: string[] = ['姓名', '手机号', '单位', '身份']): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('信息员名册');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
