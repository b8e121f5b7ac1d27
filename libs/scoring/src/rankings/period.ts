import { ErrorCode, PeriodKind, PeriodParams, PeriodView, TallyGrain } from '@sqmy/contract';
import { AppError } from '@sqmy/http';

/** A run of whole months: `start` counts months from year 0 (year × 12 + month − 1). */
export interface Period {
  kind: PeriodKind;
  start: number;
  months: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const pad = (n: number) => String(n).padStart(2, '0');
const yearOf = (index: number) => Math.floor(index / 12);
const monthOf = (index: number) => (index % 12) + 1;

/** The month (1–12) and year of today in the committees' calendar (Asia/Shanghai). */
export function today(now = new Date()): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now).split('-');
  return { year: Number(year), month: Number(month) };
}

export const monthPeriod = (year: number, month: number): Period => ({ kind: 'month', start: year * 12 + month - 1, months: 1 });
export const quarterPeriod = (year: number, quarter: number): Period => ({ kind: 'quarter', start: year * 12 + (quarter - 1) * 3, months: 3 });
export const yearPeriod = (year: number): Period => ({ kind: 'year', start: year * 12, months: 12 });

/** The period a ranking (or export, or drill-down) asks for; the DTO has checked the ranges. */
export function resolvePeriod(params: PeriodParams, now = new Date()): Period {
  const year = params.year ?? today(now).year;
  switch (params.period ?? 'year') {
    case 'year':
      return yearPeriod(year);
    case 'quarter':
      return quarterPeriod(year, required(params.quarter, 'quarter', '请选择季度'));
    case 'month':
      return monthPeriod(year, required(params.month, 'month', '请选择月份'));
    case 'custom': {
      const from = monthIndex(params.from, 'from');
      const to = monthIndex(params.to, 'to');
      if (from > to) throw AppError.unprocessable(ErrorCode.InvalidPeriod, '起始月份不能晚于结束月份', [{ field: 'from', message: '晚于结束月份' }]);
      return { kind: 'custom', start: from, months: to - from + 1 };
    }
  }
}

/** The period of the same length just before. */
export const previousPeriod = (period: Period): Period => ({ ...period, start: period.start - period.months });

/** The one place a period is written out: 2024年, 2024年第2季度, 2024年3月, 2024年3月—2024年8月. */
export function periodLabel({ kind, start, months }: Period): string {
  const first = `${yearOf(start)}年${monthOf(start)}月`;
  switch (kind) {
    case 'year':
      return `${yearOf(start)}年`;
    case 'quarter':
      return `${yearOf(start)}年第${Math.floor((start % 12) / 3) + 1}季度`;
    case 'month':
      return first;
    case 'custom':
      return `${first}—${yearOf(start + months - 1)}年${monthOf(start + months - 1)}月`;
  }
}

/** First day of the period, YYYY-MM-DD. */
export const firstDay = ({ start }: Period) => `${yearOf(start)}-${pad(monthOf(start))}-01`;

/** Last day of the period, YYYY-MM-DD. */
export function lastDay({ start, months }: Period): string {
  const end = start + months; // the month after
  const last = new Date(Date.UTC(yearOf(end), monthOf(end) - 1, 0));
  return last.toISOString().slice(0, 10);
}

/** The tally rows a period sums: its own grain, or the months of a custom range. */
export const tallyGrain = ({ kind }: Period): TallyGrain =>
  kind === 'custom' ? TallyGrain.Month : { month: TallyGrain.Month, quarter: TallyGrain.Quarter, year: TallyGrain.Year }[kind];

export const periodView = (period: Period): PeriodView => ({ grain: period.kind, from: firstDay(period), to: lastDay(period), label: periodLabel(period) });

function required(value: number | undefined, field: string, message: string): number {
  if (value === undefined) throw AppError.badRequest(ErrorCode.ValidationFailed, '提交的数据有误，请检查标出的字段', [{ field, message }]);
  return value;
}

function monthIndex(value: string | undefined, field: string): number {
  const match = value === undefined ? null : MONTH.exec(value);
  if (!match) throw AppError.badRequest(ErrorCode.ValidationFailed, '提交的数据有误，请检查标出的字段', [{ field, message: '应为 YYYY-MM 格式的月份' }]);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
