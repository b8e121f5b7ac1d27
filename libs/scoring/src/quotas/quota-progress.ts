import { QuotaGrain, QuotaProgress } from '@sqmy/contract';

/**
 * Progress against a quota (contract, "Quotas"): a monthly quota is due for every month of the year
 * up to and including the current one (all 12 for a past year, none for a future one); a yearly
 * quota is due whole.
 */
export function quotaProgress(grain: QuotaGrain, year: number, target: number, done: number, today: { year: number; month: number }): QuotaProgress {
  const months = year < today.year ? 12 : year > today.year ? 0 : today.month;
  const due = grain === QuotaGrain.Month ? target * months : target;
  const ratio = due > 0 ? Math.round((done / due) * 10000) / 10000 : null;
  return { due, done, ratio, behind: ratio !== null && ratio < 1 };
}
