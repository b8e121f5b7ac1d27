import { ErrorCode, TallyGrain } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { monthPeriod, Period, periodLabel, quarterPeriod, today, yearPeriod } from '../rankings/period';

const FORMS: Record<TallyGrain, { pattern: RegExp; example: string; period: (match: RegExpExecArray) => Period }> = {
  [TallyGrain.Month]: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: '2024-03', period: (m) => monthPeriod(Number(m[1]), Number(m[2])) },
  [TallyGrain.Quarter]: { pattern: /^(\d{4})-Q([1-4])$/, example: '2024-Q1', period: (m) => quarterPeriod(Number(m[1]), Number(m[2])) },
  [TallyGrain.Year]: { pattern: /^(\d{4})$/, example: '2024', period: (m) => yearPeriod(Number(m[1])) },
};

/** The period a 统计通报 is asked for: `2024-03` (month), `2024-Q1` (quarter), `2024` (year). */
export function reportPeriod(grain: TallyGrain, text: string): Period {
  const form = FORMS[grain];
  const match = form.pattern.exec(text);
  if (!match) throw AppError.badRequest(ErrorCode.ValidationFailed, '提交的数据有误，请检查标出的字段', [{ field: 'period', message: `应为 ${form.example} 这样的期间` }]);
  return form.period(match);
}

/** The period of a stored report (its grain and first day). */
export function storedReportPeriod(grain: TallyGrain, periodStart: string): Period {
  const [year, month] = periodStart.split('-').map(Number);
  return grain === TallyGrain.Year ? yearPeriod(year) : grain === TallyGrain.Quarter ? quarterPeriod(year, Math.floor((month - 1) / 3) + 1) : monthPeriod(year, month);
}

/** 2024年3月统计通报 */
export const reportLabel = (period: Period) => `${periodLabel(period)}统计通报`;

/**
 * The periods that have just ended on the 1st of a month: the month before, and the quarter and
 * the year when that month closed one.
 */
export function endedPeriods(now = new Date()): { grain: TallyGrain; period: Period }[] {
  const current = today(now);
  const index = current.year * 12 + current.month - 2; // the month just ended
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return [
    { grain: TallyGrain.Month, period: monthPeriod(year, month) },
    ...(month % 3 === 0 ? [{ grain: TallyGrain.Quarter, period: quarterPeriod(year, month / 3) }] : []),
    ...(month === 12 ? [{ grain: TallyGrain.Year, period: yearPeriod(year) }] : []),
  ];
}
