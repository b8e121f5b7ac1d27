import { LedgerRowError } from '@sqmy/contract';
import { detectFileType, exceedsWorkbookBounds, rowsOverBound, WorkbookBounds } from '@sqmy/storage';
import { Workbook, Worksheet } from 'exceljs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { LEDGER_COLUMNS, LedgerColumn, REQUIRED_COLUMNS } from './ledger-columns';

export type LedgerFormat = 'xlsx' | 'csv';

/** One data row as text, by column; `row` numbers it as Excel does (the header is row 1). */
export interface LedgerCells {
  row: number;
  cells: Record<LedgerColumn, string>;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What one ledger file may hold: 太原 2022 has 4,194 items, so 20,000 rows are several years of a
 * large city; 50 MB unpacked is five times what 20,000 rows like 太原's make (about 10 MB).
 */
export const LEDGER_BOUNDS: WorkbookBounds = { rows: 20_000, unpackedBytes: 50 * 1024 * 1024 };

/**
 * What the upload is, judged by its content: an .xlsx (a ZIP holding a workbook) or a UTF-8 text
 * (.csv, a BOM allowed). Returns the reason it is neither — empty, binary, another encoding, or a
 * name that claims what the content is not.
 */
export function detectLedgerFormat(content: Buffer, fileName: string): LedgerFormat | { reason: string } {
  const claimed = extname(fileName).slice(1).toLowerCase();
  if (content.length === 0 || isBlankText(content)) return { reason: '文件是空的' };
  const type = detectFileType(content);
  if (type === 'xlsx') return claimed === 'csv' ? { reason: '文件名是 .csv，内容却是 Excel 表格' } : 'xlsx';
  if (claimed === 'xlsx') return { reason: '文件名是 .xlsx，内容却不是有效的 Excel 表格' };
  if (type !== null || content.includes(0)) return { reason: '不是 .xlsx 或 .csv 文件' };
  try {
    UTF8.decode(content);
  } catch {
    return { reason: '.csv 文件须为 UTF-8 编码（Excel 另存为“CSV UTF-8”）' };
  }
  return 'csv';
}

function isBlankText(content: Buffer): boolean {
  return content.length < 64 && stripBom(content.toString('utf8')).trim() === '';
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Why a ledger is more than one import takes on (LEDGER_BOUNDS), or null: decided without parsing
 * it — an .xlsx by its ZIP directory and a streamed count of row tags, a CSV by its line breaks
 * outside quotes — so the API can refuse it at once and the job never loads an oversized file.
 */
export async function exceedsLedgerBounds(content: Buffer, format: LedgerFormat): Promise<string | null> {
  if (format === 'xlsx') return exceedsWorkbookBounds(content, LEDGER_BOUNDS);
  return csvRecordsExceed(content, LEDGER_BOUNDS.rows + 1) ? rowsOverBound(LEDGER_BOUNDS) : null;
}

/** Whether a CSV has more than `limit` records (header included); a line break inside quotes is no new record. */
function csvRecordsExceed(content: Buffer, limit: number): boolean {
  const QUOTE = 0x22;
  const NEWLINE = 0x0a;
  let quoted = false;
  let records = content.length > 0 && content[content.length - 1] !== NEWLINE ? 1 : 0;
  for (let at = 0; at < content.length; at += 1) {
    if (content[at] === QUOTE) quoted = !quoted;
    else if (content[at] === NEWLINE && !quoted && ++records > limit) return true;
  }
  return records > limit;
}

/**
 * Reads the first sheet (or the CSV) into text cells. A missing required column, an unreadable file
 * or one without data rows is a file-level error (row 1 or null).
 */
export async function readLedgerFile(content: Buffer, format: LedgerFormat): Promise<{ rows: LedgerCells[]; errors: LedgerRowError[] }> {
  const excess = await exceedsLedgerBounds(content, format);
  if (excess) return fail(null, null, excess);
  const sheet = await loadSheet(content, format).catch(() => null);
  if (!sheet) return fail(null, null, format === 'xlsx' ? '无法读取该 Excel 文件，请用 Excel 另存为 .xlsx 后重试' : '无法读取该 CSV 文件（引号不配对？）');
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const name = cellText(cell.value);
    if (name && !header.has(name)) header.set(name, column);
  });
  const missing = REQUIRED_COLUMNS.filter((name) => !header.has(name));
  if (missing.length > 0) {
    return { rows: [], errors: missing.map((column) => ({ row: 1, column, reason: `缺少“${column}”列（表头须有 ${REQUIRED_COLUMNS.join('、')}）` })) };
  }
  const rows: LedgerCells[] = [];
  // Only the rows the file has: a lone cell in row 1,000,000 must not make a million empty ones.
  sheet.eachRow((values, index) => {
    if (index === 1) return;
    const cells = Object.fromEntries(
      LEDGER_COLUMNS.map((column) => [column, header.has(column) ? cellText(values.getCell(header.get(column)!).value) : '']),
    ) as Record<LedgerColumn, string>;
    if (Object.values(cells).every((text) => text === '')) return;
    rows.push({ row: index, cells });
  });
  if (rows.length === 0) return fail(null, null, '台账中没有数据行');
  return { rows, errors: [] };
}

async function loadSheet(content: Buffer, format: LedgerFormat): Promise<Worksheet | undefined> {
  const workbook = new Workbook();
  if (format === 'xlsx') {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  }
  // Every cell stays text: exceljs would otherwise turn 编号 like 0012 into numbers and guess at dates.
  return workbook.csv.read(Readable.from([stripBom(content.toString('utf8'))]), { map: (value: string) => value } as never);
}

function fail(row: number | null, column: string | null, reason: string) {
  return { rows: [], errors: [{ row, column, reason }] };
}

/** Text of a cell whatever Excel stored: dates as YYYY-MM-DD, numbers, rich text, formulas, hyperlinks. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (v.richText) return v.richText.map((part) => part.text).join('').trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value).trim();
}
