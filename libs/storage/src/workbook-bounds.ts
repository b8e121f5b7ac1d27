import { createInflateRaw } from 'node:zlib';
import { entryData, ZipEntry, zipEntries } from './zip-directory';

/** How much of an .xlsx a reader may take on: data rows per sheet, and bytes once unpacked. */
export interface WorkbookBounds {
  rows: number;
  unpackedBytes: number;
}

/** A workbook has a few dozen parts; thousands mean something else. */
const MAX_ENTRIES = 1_000;
const STORED = 0;
const DEFLATED = 8;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** A row element, with or without a namespace prefix (`<row `, `<x:row>`); `<rowBreaks>` is not one. */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g;

/**
 * Why an .xlsx is more than its reader may take on, or null when it fits — decided before any
 * parser sees it: the ZIP's central directory must declare at most `unpackedBytes` in all, and
 * unpacking (streamed, in zlib's thread pool, a chunk at a time) must keep to what was declared
 * and find no sheet with more than `rows` rows besides the header. Stops at the first excess and
 * keeps no unpacked bytes, so a small file that unpacks to a million rows costs little and no memory.
 */
export async function exceedsWorkbookBounds(content: Buffer, bounds: WorkbookBounds): Promise<string | null> {
  const entries = zipEntries(content);
  if (!entries) return '不是有效的 .xlsx 文件';
  if (entries.length > MAX_ENTRIES) return `文件包含超过 ${MAX_ENTRIES.toLocaleString('en')} 个部件，不是普通的 Excel 表格`;
  const tooLarge = `文件解压后超过 ${bounds.unpackedBytes / 1024 / 1024} MB 的上限`;
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > bounds.unpackedBytes) return tooLarge;
  const tooManyRows = rowsOverBound(bounds);
  for (const entry of entries) {
    const rows = SHEET.test(entry.name) ? new RowCounter() : null;
    const unpacked = await unpack(content, entry, (chunk) => !rows || rows.add(chunk) <= bounds.rows + 1);
    if (unpacked === 'unreadable') return '无法读取，请用 Excel 另存为 .xlsx 后重试';
    if (unpacked === 'stopped') return tooManyRows;
    if (unpacked === 'oversized') return tooLarge;
  }
  return null;
}

/** The refusal of a table with more rows than `bounds` allow, whatever its format. */
export const rowsOverBound = (bounds: WorkbookBounds): string => `表格超过 ${bounds.rows.toLocaleString('en')} 行的上限（不含表头），请分成几个文件导入`;

/**
 * Unpacks one entry a chunk at a time into `take`, which says whether to go on ('stopped' when
 * not); 'oversized' when the entry unpacks to more than it declared. The chunks are not kept.
 */
async function unpack(content: Buffer, entry: ZipEntry, take: (chunk: Buffer) => boolean): Promise<'done' | 'stopped' | 'oversized' | 'unreadable'> {
  const data = entryData(content, entry);
  if (!data || (entry.method !== STORED && entry.method !== DEFLATED)) return 'unreadable';
  if (entry.method === STORED) {
    if (data.length > entry.uncompressedSize) return 'oversized';
    return take(data) ? 'done' : 'stopped';
  }
  const inflate = createInflateRaw();
  inflate.end(data);
  let size = 0;
  try {
    // Leaving the loop early destroys the stream and frees what it holds.
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.uncompressedSize) return 'oversized';
      if (!take(chunk)) return 'stopped';
    }
  } catch {
    return 'unreadable';
  }
  return 'done';
}

/**
 * Counts row elements in sheet XML fed in chunks. Scans as latin1: the tag is ASCII and UTF-8
 * never puts an ASCII byte inside a multi-byte character; a tag cut between chunks is kept whole.
 */
class RowCounter {
  count = 0;
  private carry = '';

  add(chunk: Buffer): number {
    const text = this.carry + chunk.toString('latin1');
    let end = 0;
    for (const match of text.matchAll(ROW_TAG)) {
      this.count += 1;
      end = match.index + match[0].length;
    }
    this.carry = text.slice(Math.max(end, text.length - 64));
    return this.count;
  }
}
