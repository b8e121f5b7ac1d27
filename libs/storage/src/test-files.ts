import { Workbook } from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';

/*
 * Small real files of each kind, made in memory for the tests. Not part of the library's surface.
 */

export const pdf = (): Buffer => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** The PNG signature and an IHDR chunk (1×1, greyscale); a viewer wants more, the detector does not. */
export const png = (): Buffer =>
  Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('0000000d49484452000000010000000108000000003a7e9b55', 'hex')]);

/** Start of image, then a JFIF APP0 segment. */
export const jpeg = (): Buffer => Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

/** The OLE compound-file signature of an old .doc / .xls. */
export const oleDoc = (): Buffer => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);

export async function xlsx(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet('信息').addRow(['标题', '关于老旧小区加装电梯的建议']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function docx(): Buffer {
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:body><w:p><w:r><w:t>关于老旧小区加装电梯的建议</w:t></w:r></w:p></w:body></w:document>',
  });
}

const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1; // 2025-01-01, as MS-DOS packs it

/**
 * A ZIP of the given entries, stored without compression (or deflated): a local header and the
 * data per entry, then the central directory, then the end-of-central-directory record (APPNOTE.TXT 4.3).
 * `declare` overrides the uncompressed sizes written down, as a forged file would.
 */
export function zip(entries: Record<string, string | Buffer>, comment = '', options: { deflate?: boolean; declare?: Record<string, number> } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [entryName, text] of Object.entries(entries)) {
    const name = Buffer.from(entryName, 'utf8');
    const plain = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const crc = crc32(plain);
    const data = options.deflate ? deflateRawSync(plain, { level: 9 }) : plain;
    const declared = options.declare?.[entryName] ?? plain.length;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: names in UTF-8
    local.writeUInt16LE(options.deflate ? 8 : 0, 8); // method
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); // compressed size
    local.writeUInt32LE(declared, 22); // uncompressed size
    local.writeUInt16LE(name.length, 26);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(options.deflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42); // where the local header starts

    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }

  const directory = Buffer.concat(centrals);
  const note = Buffer.from(comment, 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8); // entries on this disk
  end.writeUInt16LE(centrals.length / 2, 10); // entries in all
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(note.length, 20);
  return Buffer.concat([...locals, directory, end, note]);
}

/**
 * A deflated .xlsx of one sheet holding `sheetData` (row elements): the parts exceljs and Excel
 * need, nothing more. Repeated rows pack well, so a million of them fit in well under a megabyte.
 */
export function sheetXlsx(sheetData: Buffer, options: { declare?: Record<string, number> } = {}): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip(
    {
      '[Content_Types].xml':
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${relationships}"><Relationship Id="rId1" Type="${officeDocument}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${officeDocument}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${relationships}"><Relationship Id="rId1" Type="${officeDocument}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': Buffer.concat([
        Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>`),
        sheetData,
        Buffer.from('</sheetData></worksheet>'),
      ]),
    },
    '',
    { deflate: true, ...options },
  );
}

/** Row elements: `header`, then `count` copies of `row`, each cell an inline string. */
export function repeatedRows(header: string[], row: string[], count: number): Buffer {
  const line = (cells: string[]) => `<row>${cells.map((text) => `<c t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;
  const copy = Buffer.from(line(row));
  return Buffer.concat([Buffer.from(line(header)), Buffer.alloc(copy.length * count, copy)]);
}
