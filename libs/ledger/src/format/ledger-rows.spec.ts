import { AdoptionKind, LeaderLevel } from '@sqmy/contract';
import { LEDGER_COLUMNS, LedgerColumn } from './ledger-columns';
import { checkLedgerRows, parseDate, parseIssueRef } from './ledger-rows';

const CATEGORIES = new Map([['民生', 'livelihood']]);
const cells = (values: Partial<Record<LedgerColumn, string>>) =>
  ({ ...Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, ''])), 编号: 'N1', 标题: '关于增设公交站点的建议', 作者: '王芳', 报送单位: '民盟晋中市委会', 来稿日期: '2024-03-05', ...values }) as Record<LedgerColumn, string>;

describe('reading a ledger row', () => {
  it('reads the dates offices write: ISO, slashes, single digits, an Excel serial; refuses impossible ones', () => {
    expect(['2024-03-05', '2024/3/5', '2024.03.05', '45356'].map(parseDate)).toEqual(['2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05']);
    expect(['2024-02-30', '2023-02-29', '05-03-2024', '2024年3月5日', '1'].map(parseDate)).toEqual([null, null, null, null, null]);
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });

  it('reads 期号 of regular issues and supplements', () => {
    expect(parseIssueRef('2024年第3期')).toEqual({ year: 2024, supplement: false, number: 3 });
    expect(parseIssueRef('2024年增刊第1期')).toEqual({ year: 2024, supplement: true, number: 1 });
    expect(['2024-3期', '第3期', '2024年第0期', '2024年第三期'].map(parseIssueRef)).toEqual([null, null, null, null]);
  });

  it('turns a full row into what is written: authors in order, adoptions, 批示 with either colon', () => {
    const { rows, errors } = checkLedgerRows(
      [
        {
          row: 2,
          cells: cells({
            作者: '王芳、李明 、 赵强',
            类别: '民生',
            市级编发期号: '2024年第3期',
            报送省政协日期: '2024-03-20',
            省政协采用: '综合采用',
            报送全国政协日期: '2024-03-25',
            全国政协采用: '专报',
            领导批示: '市级:王志强:2024-04-01；厅局级：刘建平：2024-04-08',
            备注: '约稿',
          }),
        },
      ],
      CATEGORIES,
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual(
      expect.objectContaining({
        authors: ['王芳', '李明', '赵强'],
        categoryCode: 'livelihood',
        issue: { year: 2024, supplement: false, number: 3 },
        adoptedProvince: AdoptionKind.CompositeAdoption,
        adoptedNational: AdoptionKind.SpecialReport,
        instructions: [
          { level: LeaderLevel.City, leaderName: '王志强', instructedOn: '2024-04-01' },
          { level: LeaderLevel.Department, leaderName: '刘建平', instructedOn: '2024-04-08' },
        ],
        note: '约稿',
      }),
    );
  });

  it('names every problem of a row, not only the first, and reports progress', () => {
    const progress: number[] = [];
    const { rows, errors } = checkLedgerRows(
      [{ row: 7, cells: cells({ 编号: '', 来稿日期: '2024-13-01', 全国政协采用: '采纳', 领导批示: '省级:李国栋:明天' }) }],
      CATEGORIES,
      (n) => progress.push(n),
    );
    expect(rows).toEqual([]);
    expect(errors.map((e) => `${e.row} ${e.column}`)).toEqual(['7 编号', '7 来稿日期', '7 全国政协采用', '7 领导批示']);
    expect(progress).toEqual([1]);
  });

  it('refuses a 期号 of a year before the item came in, and a report before it', () => {
    const { errors } = checkLedgerRows([{ row: 2, cells: cells({ 来稿日期: '2024-01-05', 市级编发期号: '2023年第12期', 报送省政协日期: '2024-01-02' }) }], CATEGORIES);
    expect(errors.map((e) => e.column)).toEqual(['市级编发期号', '报送省政协日期']);
  });
});
