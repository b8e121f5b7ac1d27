import { ErrorDetail, Identity, IDENTITY_LABELS } from '@sqmy/contract';
import { stream } from 'exceljs';
import { exceedsWorkbookBounds, WorkbookBounds } from '@sqmy/storage';
import { Readable } from 'node:stream';
import { MOBILE } from '../users/dto/user.dto';

/** One person of a unit's informant roster (信息员名册). */
export interface RosterRow {
  row: number;
  name: string;
  phone: string;
  unitName: string;
  identity: Identity;
}

export const ROSTER_COLUMNS = ['姓名', '手机号', '单位', '身份'] as const;

const IDENTITY_BY_LABEL = new Map(Object.entries(IDENTITY_LABELS).map(([identity, label]) => [label, identity as Identity]));

/**
 * What one upload may hold: a committee's informants run to hundreds, a large city's to a few
 * thousand; 10 MB unpacked is eight times what 5,000 such rows make (about 1.2 MB).
 */
export const ROSTER_BOUNDS: WorkbookBounds = { rows: 5_000, unpackedBytes: 10 * 1024 * 1024 };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A sheet's rows by their number, each the cell values by column (1-based, as exceljs gives them). */
type SheetRows = Map<number, unknown[]>;

/**
 * Reads the roster's first sheet. Returns every row it could read and every problem, row and column
 * named. The file's size and rows are bounded before it is parsed, and it is parsed as a stream, so
 * the API goes on answering others meanwhile and keeps no more than the rows in memory.
 */
export async function readRoster(file: Buffer): Promise<{ rows: RosterRow[]; errors: ErrorDetail[] }> {
  if (!file.subarray(0, 4).equals(ZIP_MAGIC)) return fail('文件', '不是有效的 .xlsx 文件');
  const excess = await exceedsWorkbookBounds(file, ROSTER_BOUNDS);
  if (excess) return fail('文件', excess);
  const sheet = await firstSheet(file).catch(() => null);
  if (sheet === null) return fail('文件', '无法读取，请用 Excel 另存为 .xlsx 后重试');
  if (!sheet) return fail('文件', '没有工作表');
  const header = new Map<string, number>();
  (sheet.get(1) ?? []).forEach((value, column) => header.set(cellText(value), column));
  const missing = ROSTER_COLUMNS.filter((name) => !header.has(name));
  if (missing.length > 0) return fail('第1行', `缺少列：${missing.join('、')}（应有 ${ROSTER_COLUMNS.join('、')}）`);

  const rows: RosterRow[] = [];
  const errors: ErrorDetail[] = [];
  const seenPhones = new Map<string, number>();
  for (const [index, cells] of sheet) {
    if (index === 1) continue;
    const read = (column: (typeof ROSTER_COLUMNS)[number]) => cellText(cells[header.get(column)!]);
    const [name, phone, unitName, identityLabel] = ROSTER_COLUMNS.map(read);
    if (!name && !phone && !unitName && !identityLabel) continue;
    const problem = (column: string, message: string) => errors.push({ field: `第${index}行 ${column}`, message });
    if (!name) problem('姓名', '不能为空');
    else if (name.length > 50) problem('姓名', '最多 50 个字符');
    if (!MOBILE.test(phone)) problem('手机号', phone ? `“${phone}”不是 11 位手机号` : '不能为空');
    else if (seenPhones.has(phone)) problem('手机号', `与第${seenPhones.get(phone)}行重复`);
    else seenPhones.set(phone, index);
    if (!unitName) problem('单位', '不能为空');
    const identity = IDENTITY_BY_LABEL.get(identityLabel);
    if (!identity) problem('身份', `应为 ${[...IDENTITY_BY_LABEL.keys()].join('、')} 之一`);
    if (identity && name && MOBILE.test(phone) && unitName) rows.push({ row: index, name, phone, unitName, identity });
  }
  if (rows.length === 0 && errors.length === 0) return fail('文件', '名册中没有数据行');
  return { rows, errors };
}

/**
 * The rows of the workbook's first sheet (in tab order), streamed. Every sheet is read to its end,
 * which lets exceljs remove the temporary file it keeps of a sheet stored before the shared strings.
 */
async function firstSheet(file: Buffer): Promise<SheetRows | undefined> {
  const workbook = new stream.xlsx.WorkbookReader(Readable.from([file]), { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
  const sheets: { name: string; rows: SheetRows }[] = [];
  for await (const sheet of workbook) {
    const rows: SheetRows = new Map();
    for await (const row of sheet) rows.set(row.number, row.values as unknown[]);
    sheets.push({ name: (sheet as unknown as { name: string }).name, rows });
  }
  const firstName = (workbook as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0]?.name;
  return (sheets.find((sheet) => sheet.name === firstName) ?? sheets[0])?.rows;
}

function fail(field: string, message: string) {
  return { rows: [], errors: [{ field, message }] };
}

/** Text of a cell whatever Excel stored: numbers (phone numbers often are), rich text, formulas. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (v.richText) return v.richText.map((part) => part.text).join('').trim();
    if (v.text !== undefined) return String(v.text).trim();
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value).trim();
}
