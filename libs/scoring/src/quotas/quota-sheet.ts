import { QuotaGrain, QuotaView } from '@sqmy/contract';
import { Workbook } from 'exceljs';

const COLUMNS: [header: string, width: number, value: (q: QuotaView) => string | number | null][] = [
  ['对象', 24, (q) => q.subject.name],
  ['类别', 10, (q) => (q.subjectType === 'unit' ? '报送单位' : '信息员')],
  ['任务数', 14, (q) => `${q.grain === QuotaGrain.Month ? '每月' : '全年'}${q.target}件`],
  ['应完成（件）', 12, (q) => q.progress.due],
  ['已报送（件）', 12, (q) => q.progress.done],
  ['完成率', 10, (q) => q.progress.ratio],
  ['状态', 10, (q) => (q.progress.behind ? '未完成' : '已完成')],
];

/** Quota progress (任务数完成情况) as an .xlsx workbook, least progress first as listed. */
export async function quotaSheet(quotas: QuotaView[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('任务数完成情况', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const quota of quotas) sheet.addRow(COLUMNS.map(([, , value]) => value(quota) ?? ''));
  sheet.getColumn(6).numFmt = '0.0%';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
