import dayjs from 'dayjs';

import type { PeriodParams } from '@sqmy/contract';
import { yearOptions } from '../years';

/** The years one can look at: this one and the nine before it (the 台账 go back years). */
export const YEAR_OPTIONS = yearOptions(10);

export const MONTH_OPTIONS = Array.from({ length: 12 }, (_, index) => ({ value: index + 1, label: `${index + 1}月` }));
export const QUARTER_OPTIONS = [1, 2, 3, 4].map((quarter) => ({ value: quarter, label: `第${quarter}季度` }));

/** This year, with this month and quarter ready for when the grain changes. */
export function defaultPeriod(): PeriodParams {
  const now = dayjs();
  const month = now.month() + 1;
  return { period: 'year', year: now.year(), month, quarter: Math.ceil(month / 3), from: now.format('YYYY-01'), to: now.format('YYYY-MM') };
}

/** A 统计通报's period parameter: 2024-03, 2024-Q1 or 2024. */
export function reportPeriod(grain: 'month' | 'quarter' | 'year', year: number, part: number): string {
  if (grain === 'month') return `${year}-${String(part).padStart(2, '0')}`;
  if (grain === 'quarter') return `${year}-Q${part}`;
  return String(year);
}
