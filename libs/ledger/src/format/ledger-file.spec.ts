import { Workbook } from 'exceljs';
import { LEDGER_COLUMNS } from './ledger-columns';
import { readLedgerFile } from './ledger-file';

const HEADER = LEDGER_COLUMNS.join(',');
const line = (no: number) => `D${no},关于完善社区养老服务的建议${no},张信息,民盟晋中市委会,民生,2024-03-05${','.repeat(LEDGER_COLUMNS.length - 6)}`;

describe('readLedgerFile', () => {
  it('refuses a CSV of more than 20,000 rows before reading it; a line break inside quotes is no new row', async () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => line(i + 1));
    const tooMany = await readLedgerFile(Buffer.from([HEADER, ...rows(20_001)].join('\r\n')), 'csv');
    expect(tooMany).toEqual({ rows: [], errors: [{ row: null, column: null, reason: '表格超过 20,000 行的上限（不含表头），请分成几个文件导入' }] });
    const quoted = [HEADER, `"D0","关于\n加装电梯的建议",张信息,民盟晋中市委会,民生,2024-03-05`, ...rows(19_999)].join('\n') + '\n';
    expect((await readLedgerFile(Buffer.from(quoted), 'csv')).rows).toHaveLength(20_000);
  });

  it('reads only the rows a sheet has: a lone row numbered 1,000,000 is one row', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow([...LEDGER_COLUMNS]);
    sheet.getRow(1_000_000).values = line(1).split(',');
    const file = await readLedgerFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx');
    expect(file.errors).toEqual([]);
    expect(file.rows.map((r) => [r.row, r.cells.编号])).toEqual([[1_000_000, 'D1']]);
  });
});
