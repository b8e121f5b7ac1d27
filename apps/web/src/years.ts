export const CURRENT_YEAR = new Date().getFullYear();

/** This year and the `count - 1` before it, newest first, as select options (2026年…). */
export function yearOptions(count: number): { value: number; label: string }[] {
  return Array.from({ length: count }, (_, index) => CURRENT_YEAR - index).map((year) => ({ value: year, label: `${year}年` }));
}
