import { AttachmentType } from '@sqmy/contract';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTACHMENT_TYPES, detectFileType, detectFromFile } from './file-type';
import { docx, jpeg, oleDoc, pdf, png, xlsx, zip } from './test-files';

describe('attachment type detection', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'sqmy-file-type-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** Both ways in: the whole content, and a file on disk read by head and tail. */
  async function detectBoth(content: Buffer, fileName: string): Promise<[AttachmentType | null, AttachmentType | null]> {
    const path = join(dir, fileName);
    await writeFile(path, content);
    return [detectFileType(content), await detectFromFile(path)];
  }

  it.each<[string, () => Buffer | Promise<Buffer>, AttachmentType]>([
    ['a PDF', pdf, 'pdf'],
    ['a PNG', png, 'png'],
    ['a JPEG', jpeg, 'jpg'],
    ['a Word document', docx, 'docx'],
    ['an Excel workbook made by exceljs', xlsx, 'xlsx'],
  ])('recognises %s an informant attaches', async (_, make, type) => {
    expect(await detectBoth(await make(), 'attachment.bin')).toEqual([type, type]);
  });

  it('judges by content, not by name', async () => {
    expect(await detectBoth(Buffer.from('这不是 PDF，只是一段文字\n'), '情况说明.pdf')).toEqual([null, null]);
    expect(await detectBoth(pdf(), '照片.png')).toEqual(['pdf', 'pdf']);
  });

  it('refuses a ZIP that is neither Word nor Excel, one that claims both, and the old OLE .doc/.xls', async () => {
    expect(await detectBoth(zip({ 'readme.txt': 'hello', 'word/styles.xml': '<w:styles/>' }), 'a.docx')).toEqual([null, null]);
    expect(await detectBoth(zip({ 'word/document.xml': '<w/>', 'xl/workbook.xml': '<x/>' }), 'b.docx')).toEqual([null, null]);
    expect(await detectBoth(oleDoc(), 'c.doc')).toEqual([null, null]);
  });

  it('refuses a ZIP cut short, whose central directory is missing', async () => {
    const whole = docx();
    expect(await detectBoth(whole.subarray(0, whole.length - 40), 'cut.docx')).toEqual([null, null]);
    expect(detectFileType(whole.subarray(0, 512))).toBeNull();
  });

  it('finds the central directory past a long comment and far before the end', async () => {
    const commented = zip({ 'word/document.xml': '<w:document/>' }, 'PK\x05\x06 看起来像结尾的注释 ' + 'x'.repeat(60_000));
    expect(await detectBoth(commented, 'commented.docx')).toEqual(['docx', 'docx']);

    const large = zip({ 'xl/media/image1.txt': 'y'.repeat(300_000), 'xl/workbook.xml': '<workbook/>' });
    expect(await detectBoth(large, 'large.xlsx')).toEqual(['xlsx', 'xlsx']);
  });

  it('describes each type for users and for HTTP', () => {
    expect(ATTACHMENT_TYPES.docx).toEqual({
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
      label: 'Word 文档',
    });
    expect(Object.values(ATTACHMENT_TYPES).map((type) => type.label)).toEqual(['PDF 文档', 'Word 文档', 'Excel 表格', 'JPG 图片', 'PNG 图片']);
  });
});
