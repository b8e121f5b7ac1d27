import { Workbook } from 'exceljs';
import { repeatedRows, sheetXlsx, zip } from './test-files';
import { exceedsWorkbookBounds } from './workbook-bounds';

const BOUNDS = { rows: 5_000, unpackedBytes: 10 * 1024 * 1024 };
const PERSON = ['王芳', '13812345678', '民盟晋中市委会', '政协委员'];
const HEADER = ['姓名', '手机号', '单位', '身份'];

describe('exceedsWorkbookBounds', () => {
  it('lets through a workbook within its rows and size, as Excel or exceljs writes it', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(HEADER);
    for (let i = 0; i < 5_000; i += 1) sheet.addRow(PERSON);
    expect(await exceedsWorkbookBounds(Buffer.from(await workbook.xlsx.writeBuffer()), BOUNDS)).toBeNull();
    expect(await exceedsWorkbookBounds(sheetXlsx(repeatedRows(HEADER, PERSON, 5_000)), BOUNDS)).toBeNull();
  });

  it('refuses one row too many, and a small file that unpacks to a million rows', async () => {
    expect(await exceedsWorkbookBounds(sheetXlsx(repeatedRows(HEADER, PERSON, 5_001)), BOUNDS)).toBe('表格超过 5,000 行的上限（不含表头），请分成几个文件导入');
    const million = sheetXlsx(Buffer.alloc(6 * 1_000_000, '<row/>'));
    expect(million.length).toBeLessThan(200_000);
    expect(await exceedsWorkbookBounds(million, BOUNDS)).toContain('5,000 行');
  });

  it('refuses by the declared size before unpacking, and by the real size when the declaration lies', async () => {
    const honest = sheetXlsx(repeatedRows(HEADER, PERSON, 200_000));
    expect(await exceedsWorkbookBounds(honest, { rows: 1_000_000, unpackedBytes: BOUNDS.unpackedBytes })).toBe('文件解压后超过 10 MB 的上限');
    const forged = sheetXlsx(repeatedRows(HEADER, PERSON, 200_000), { declare: { 'xl/worksheets/sheet1.xml': 1_000 } });
    expect(await exceedsWorkbookBounds(forged, { rows: 1_000_000, unpackedBytes: BOUNDS.unpackedBytes })).toBe('文件解压后超过 10 MB 的上限');
  });

  it('counts row tags cut between chunks and with a namespace prefix, not <rowBreaks>', async () => {
    const prefixed = Buffer.from(`${'<x:row r="1"/>'.repeat(3_000)}<rowBreaks count="1"/>${'<row>'.repeat(2_002)}`);
    expect(await exceedsWorkbookBounds(sheetXlsx(prefixed), BOUNDS)).toContain('5,000 行');
    expect(await exceedsWorkbookBounds(sheetXlsx(prefixed.subarray(0, prefixed.length - 5)), BOUNDS)).toBeNull();
  });

  it('refuses what is no workbook: no central directory, thousands of parts, a broken stream', async () => {
    expect(await exceedsWorkbookBounds(Buffer.from('PK\x03\x04 not really'), BOUNDS)).toBe('不是有效的 .xlsx 文件');
    const parts = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`xl/media/${i}.txt`, 'x']));
    expect(await exceedsWorkbookBounds(zip(parts), BOUNDS)).toContain('1,000 个部件');
    const broken = zip({ 'xl/worksheets/sheet1.xml': 'not deflated at all, but said to be' }, '', { deflate: false });
    broken.writeUInt16LE(8, 8); // local header: method deflate
    broken.writeUInt16LE(8, broken.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10); // central header too
    expect(await exceedsWorkbookBounds(broken, BOUNDS)).toBe('无法读取，请用 Excel 另存为 .xlsx 后重试');
  });
});
