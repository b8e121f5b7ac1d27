import { TallyGrain } from '@sqmy/contract';
import { periodLabel } from '../rankings/period';
import { endedPeriods, reportLabel, reportPeriod, storedReportPeriod } from './report-period';

describe('periods of the 统计通报', () => {
  it('reads 2024-03, 2024-Q1 and 2024, and refuses a form of another grain', () => {
    expect(reportLabel(reportPeriod(TallyGrain.Month, '2024-03'))).toBe('2024年3月统计通报');
    expect(reportLabel(reportPeriod(TallyGrain.Quarter, '2024-Q1'))).toBe('2024年第1季度统计通报');
    expect(reportLabel(reportPeriod(TallyGrain.Year, '2024'))).toBe('2024年统计通报');
    expect(() => reportPeriod(TallyGrain.Month, '2024-Q1')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => reportPeriod(TallyGrain.Month, '2024-13')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('reads a stored report’s period back', () => {
    expect(periodLabel(storedReportPeriod(TallyGrain.Quarter, '2024-04-01'))).toBe('2024年第2季度');
  });

  it('on the 1st of a month, the month just ended, and the quarter and year it closed', () => {
    const labels = (iso: string) => endedPeriods(new Date(iso)).map(({ period }) => periodLabel(period));
    expect(labels('2024-05-01T06:00:00+08:00')).toEqual(['2024年4月']);
    expect(labels('2024-04-01T06:00:00+08:00')).toEqual(['2024年3月', '2024年第1季度']);
    expect(labels('2025-01-01T06:00:00+08:00')).toEqual(['2024年12月', '2024年第4季度', '2024年']);
  });
});
