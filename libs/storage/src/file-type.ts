import { open } from 'node:fs/promises';

/** The kinds of file an informant may attach to an item. */
export type AttachmentType = 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png';

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

/*
 * ZIP layout, as far as we need it (APPNOTE.TXT, all integers little-endian):
 *
 *   [local file header + data] ... [central directory] [end of central directory record]
 *
 * The local headers at the front are not reliable: a writer that streams may leave their sizes
 * at zero and put them in a data descriptor after the data, so one cannot hop from header to
 * header. The central directory lists every entry with its name, and the end of central
 * directory record (EOCD) — the last 22 bytes of the file plus a comment of up to 65,535 bytes —
 * says where the central directory starts and how long it is.
 */
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
/** Bytes from the end of a file that always contain the EOCD. */
const ZIP_TAIL = EOCD_SIZE + MAX_COMMENT;

interface CentralDirectory {
  offset: number;
  size: number;
}

/**
 * The attachment type of a file, judged by its content, never by its name. For PDF and images
 * the first bytes suffice; a ZIP (DOCX, XLSX) needs the whole file, since its list of entries
 * is at the end — or use `detectFromFile`. Anything else, including the old OLE .doc/.xls,
 * is `null`.
 */
export function detectFileType(content: Buffer): AttachmentType | null {
  const type = detectByMagic(content);
  if (type !== 'zip') return type;
  const directory = findCentralDirectory(content, 0);
  if (!directory || directory.offset + directory.size > content.length) return null;
  return classifyZip(entryNames(content.subarray(directory.offset, directory.offset + directory.size)));
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

/**
 * Finds the EOCD by scanning `tail` (the end of the file, starting at file position `tailStart`)
 * backwards for its signature. Returns where the central directory lies in the file, or null
 * when there is no plausible EOCD (bytes after the comment count as not a ZIP). ZIP64 (over 4 GB or 65,535 entries) is never an attachment.
 */
function findCentralDirectory(tail: Buffer, tailStart: number): CentralDirectory | null {
  for (let at = tail.length - EOCD_SIZE; at >= 0 && at >= tail.length - ZIP_TAIL; at--) {
    if (tail.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
    const commentLength = tail.readUInt16LE(at + 20);
    // The comment runs to the end of the file; anything else is a lookalike inside a comment.
    if (at + EOCD_SIZE + commentLength !== tail.length) continue;
    const size = tail.readUInt32LE(at + 12);
    const offset = tail.readUInt32LE(at + 16);
    if (size === 0xffffffff || offset === 0xffffffff) return null; // ZIP64
    if (offset + size > tailStart + at) continue; // the directory must end before the EOCD
    return { offset, size };
  }
  return null;
}

/** The entry names of a central directory: a run of 46-byte headers, each followed by name, extra field and comment. */
function entryNames(directory: Buffer): Set<string> {
  const names = new Set<string>();
  let at = 0;
  while (at + CENTRAL_HEADER_SIZE <= directory.length && directory.readUInt32LE(at) === CENTRAL_HEADER_SIGNATURE) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    names.add(directory.toString('utf8', nameStart, Math.min(nameStart + nameLength, directory.length)));
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}
