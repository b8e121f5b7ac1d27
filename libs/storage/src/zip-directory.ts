/*
 * ZIP layout, as far as we need it (APPNOTE.TXT, all integers little-endian):
 *
 *   [local file header + data] ... [central directory] [end of central directory record]
 *
 * The local headers at the front are not reliable: a writer that streams may leave their sizes
 * at zero and put them in a data descriptor after the data, so one cannot hop from header to
 * header. The central directory lists every entry with its name and sizes, and the end of central
 * directory record (EOCD) — the last 22 bytes of the file plus a comment of up to 65,535 bytes —
 * says where the central directory starts and how long it is.
 */
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/** Bytes from the end of a file that always contain the EOCD. */
export const ZIP_TAIL = EOCD_SIZE + MAX_COMMENT;

export interface CentralDirectory {
  offset: number;
  size: number;
}

/** One entry as the central directory declares it; the sizes are the writer's word, not a measurement. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Finds the EOCD by scanning `tail` (the end of the file, starting at file position `tailStart`)
 * backwards for its signature. Returns where the central directory lies in the file, or null
 * when there is no plausible EOCD (bytes after the comment count as not a ZIP). ZIP64 (over 4 GB
 * or 65,535 entries) is never an attachment nor a workbook we read.
 */
export function findCentralDirectory(tail: Buffer, tailStart: number): CentralDirectory | null {
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

/** The entries of a central directory: a run of 46-byte headers, each followed by name, extra field and comment. */
export function directoryEntries(directory: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + CENTRAL_HEADER_SIZE <= directory.length && directory.readUInt32LE(at) === CENTRAL_HEADER_SIGNATURE) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    entries.push({
      name: directory.toString('utf8', nameStart, Math.min(nameStart + nameLength, directory.length)),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entries of a whole ZIP held in memory, or null when it has no readable central directory. */
export function zipEntries(content: Buffer): ZipEntry[] | null {
  const directory = findCentralDirectory(content, 0);
  if (!directory || directory.offset + directory.size > content.length) return null;
  return directoryEntries(content.subarray(directory.offset, directory.offset + directory.size));
}

/** An entry's data as stored (still compressed), or null when its local header does not fit the file. */
export function entryData(content: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > content.length || content.readUInt32LE(at) !== LOCAL_HEADER_SIGNATURE) return null;
  const start = at + LOCAL_HEADER_SIZE + content.readUInt16LE(at + 26) + content.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  return end > content.length ? null : content.subarray(start, end);
}
