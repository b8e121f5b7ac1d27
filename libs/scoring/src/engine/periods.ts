import { TallyGrain } from '@sqmy/contract';

export const GRAINS = [TallyGrain.Month, TallyGrain.Quarter, TallyGrain.Year] as const;

/** The first day of the month, quarter or year a date (YYYY-MM-DD) falls in. */
export function periodOf(grain: TallyGrain, date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (grain === TallyGrain.Year) return `${year}-01-01`;
  const first = grain === TallyGrain.Month ? month : Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}
