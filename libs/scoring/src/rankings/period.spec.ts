import { firstDay, lastDay, monthPeriod, periodLabel, previousPeriod, quarterPeriod, resolvePeriod, yearPeriod } from './period';

describe('periods of rankings and 统计通报', () => {
  it('writes each kind of period one way', () => {
    expect(periodLabel(yearPeriod(2024))).toBe('2024年');
    expect(periodLabel(quarterPeriod(2024, 2))).toBe('2024年第2季度');
    expect(periodLabel(monthPeriod(2024, 3))).toBe('2024年3月');
    expect(periodLabel(resolvePeriod({ period: 'custom', from: '2024-03', to: '2024-08' }))).toBe('2024年3月—2024年8月');
  });

  it('knows first and last days, leap years included', () => {
    expect([firstDay(monthPeriod(2024, 2)), lastDay(monthPeriod(2024, 2))]).toEqual(['2024-02-01', '2024-02-29']);
    expect(lastDay(quarterPeriod(2023, 4))).toBe('2023-12-31');
  });

  it('the previous period has the same length and kind', () => {
    expect(periodLabel(previousPeriod(monthPeriod(2024, 1)))).toBe('2023年12月');
    expect(periodLabel(previousPeriod(quarterPeriod(2024, 1)))).toBe('2023年第4季度');
    expect(periodLabel(previousPeriod(resolvePeriod({ period: 'custom', from: '2024-03', to: '2024-08' })))).toBe('2023年9月—2024年2月');
  });

  it('refuses a range that ends before it starts, and a missing month', () => {
    expect(() => resolvePeriod({ period: 'custom', from: '2024-08', to: '2024-03' })).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
    expect(() => resolvePeriod({ period: 'month', year: 2024 })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
