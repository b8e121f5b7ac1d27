import { Workbook } from 'exceljs';
import { readRoster } from './roster-file';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('名册');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readRoster', () => {
  it('reads columns in any order, numeric phone cells and rich text, skipping blank rows', async () => {
    const file = await xlsx([
      ['身份', '单位', '姓名', '手机号', '备注'],
      ['政协委员', '民盟晋中市委会', { richText: [{ text: '王' }, { text: '芳' }] }, 13812345678, '老委员'],
      [],
      ['特邀信息员', ' 民盟晋中市委会 ', '李明', '13912345678'],
    ]);
    expect(await readRoster(file)).toEqual({
      errors: [],
      rows: [
        { row: 2, name: '王芳', phone: '13812345678', unitName: '民盟晋中市委会', identity: 'member' },
        { row: 4, name: '李明', phone: '13912345678', unitName: '民盟晋中市委会', identity: 'special_informant' },
      ],
    });
  });

  it('names each problem by row and column', async () => {
    const file = await xlsx([
      ['姓名', '手机号', '单位', '身份'],
      ['张三', '2345', '', '居民'],
    ]);
    const { errors } = await readRoster(file);
    expect(errors).toEqual([
      { field: '第2行 手机号', message: '“2345”不是 11 位手机号' },
      { field: '第2行 单位', message: '不能为空' },
      { field: '第2行 身份', message: '应为 特邀信息员、政协委员、联络员 之一' },
    ]);
  });

  it('reads the first sheet of several, and refuses one of more than 5,000 people before reading it', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('名册').addRows([['姓名', '手机号', '单位', '身份'], ['王芳', '13812345678', '民盟晋中市委会', '政协委员']]);
    workbook.addWorksheet('说明').addRows([['填写说明'], ['手机号须为 11 位']]);
    expect((await readRoster(Buffer.from(await workbook.xlsx.writeBuffer()))).rows.map((r) => r.name)).toEqual(['王芳']);
    const crowd = Array.from({ length: 5_001 }, (_, i) => ['王芳', `138${String(i).padStart(8, '0')}`, '民盟晋中市委会', '政协委员']);
    expect(await readRoster(await xlsx([['姓名', '手机号', '单位', '身份'], ...crowd]))).toEqual({
      rows: [],
      errors: [{ field: '文件', message: '表格超过 5,000 行的上限（不含表头），请分成几个文件导入' }],
    });
  });

  it('refuses an empty roster and a file that is not a workbook', async () => {
    expect((await readRoster(await xlsx([['姓名', '手机号', '单位', '身份']]))).errors).toEqual([{ field: '文件', message: '名册中没有数据行' }]);
    expect((await readRoster(Buffer.from('%PDF-1.7'))).errors).toEqual([{ field: '文件', message: '不是有效的 .xlsx 文件' }]);
  });
});
