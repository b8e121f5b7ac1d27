import { Workbook } from 'exceljs';
import { INSTRUCTION_STATUS_LABELS, InstructionView } from '@sqmy/contract';

/** The columns of 批示登记表, as offices keep it, and what fills each. */
const COLUMNS: [header: string, width: number, value: (entry: InstructionView) => string | null][] = [
  ['批示日期', 12, (e) => e.instructedOn],
  ['领导', 12, (e) => e.leaderName],
  ['级别', 8, (e) => e.leaderLevelLabel],
  ['稿件标题', 40, (e) => e.item.title],
  ['报送单位', 20, (e) => e.item.unit.name],
  ['批示内容', 40, (e) => e.text],
  ['转办部门', 20, (e) => e.referredTo],
  ['转办日期', 12, (e) => e.referredOn],
  ['回函', 40, (e) => e.reply],
  ['回函日期', 12, (e) => e.repliedOn],
  ['办结日期', 12, (e) => e.closedOn],
  ['状态', 8, (e) => INSTRUCTION_STATUS_LABELS[e.status]],
];

/** The register as an .xlsx workbook: one sheet 批示登记表, a header row, one row per entry. */
export async function instructionSheet(entries: InstructionView[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('批示登记表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) sheet.addRow(COLUMNS.map(([, , value]) => value(entry) ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
