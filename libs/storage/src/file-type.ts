import { AttachmentType } from '@sqmy/contract';
import { open } from 'node:fs/promises';
import { directoryEntries, findCentralDirectory, ZIP_TAIL, zipEntries } from './zip-directory';

export interface AttachmentTypeInfo {
  mimeType: string;
  extension: string;
  /** Shown to users. */
  label: string;
}

export const ATTACHMENT_TYPES: Readonly<Record<AttachmentType, AttachmentTypeInfo>> = {
  pdf: { mimeType: 'application/pdf', extension: 'pdf', label: 'PDF 文档' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word 文档' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel 表格' },
  jpg: { mimeType: 'image/jpeg', extension: 'jpg', label: 'JPG 图片' },
  png: { mimeType: 'image/png', extension: 'png', label: 'PNG 图片' },
};

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // "PK\x03\x04", the first local file header

/**
 * The attachment type of a file, judged by its content, never by its name. For PDF and images
 * the first bytes suffice; a ZIP (DOCX, XLSX) needs the whole file, since its list of entries
 * is at the end — or use `detectFromFile`. Anything else, including the old OLE .doc/.xls,
 * is `null`.
 */
export function detectFileType(content: Buffer): AttachmentType | null {
  const type = detectByMagic(content);
  if (type !== 'zip') return type;
  const entries = zipEntries(content);
  return entries && classifyZip(new Set(entries.map((entry) => entry.name)));
}

/** Same as `detectFileType`, reading only the head of the file and, for a ZIP, its central directory. */
export async function detectFromFile(path: string): Promise<AttachmentType | null> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const read = async (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };

    const type = detectByMagic(await read(0, PNG.length));
    if (type !== 'zip') return type;
    const tailStart = Math.max(0, size - ZIP_TAIL);
    const directory = findCentralDirectory(await read(tailStart, size - tailStart), tailStart);
    if (!directory || directory.offset + directory.size > size) return null;
    return classifyZip(entryNames(await read(directory.offset, directory.size)));
  } finally {
    await file.close();
  }
}

function detectByMagic(head: Buffer): Exclude<AttachmentType, 'docx' | 'xlsx'> | 'zip' | null {
  const startsWith = (magic: Buffer) => head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF)) return 'pdf';
  if (startsWith(PNG)) return 'png';
  if (startsWith(JPEG)) return 'jpg';
  if (startsWith(ZIP)) return 'zip';
  return null;
}

/** Word and Excel files are ZIPs told apart by their main part. A ZIP with both or neither is refused. */
function classifyZip(names: Set<string>): AttachmentType | null {
  const docx = names.has('word/document.xml');
  const xlsx = names.has('xl/workbook.xml');
  if (docx === xlsx) return null;
  return docx ? 'docx' : 'xlsx';
}

/** The entry names of a central directory. */
function entryNames(directory: Buffer): Set<string> {
  return new Set(directoryEntries(directory).map((entry) => entry.name));
}
