import { JobSchedulerId } from '../queue.constants';
import { JobSchedule, missedRun } from './job-schedules';

const monthly: JobSchedule = { id: JobSchedulerId.MonthlyStatsReports, repeat: { pattern: '0 6 1 * *', tz: 'Asia/Shanghai' } };
const hourly: JobSchedule = { id: JobSchedulerId.DeskReminders, repeat: { every: 3_600_000 } };
const at = (iso: string) => new Date(iso).getTime();

describe('missedRun', () => {
  it('finds the 1st-of-the-month run missed since the last run, when the scheduler will not run soon', () => {
    const lastRun = at('2026-10-01T06:00:05+08:00');
    expect(missedRun(monthly, lastRun, at('2027-01-01T06:00:00+08:00'), at('2026-12-02T13:00:00+08:00'))).toBe(at('2026-11-01T06:00:00+08:00'));
    expect(missedRun(monthly, lastRun, null, at('2026-12-02T13:00:00+08:00'))).toBe(at('2026-11-01T06:00:00+08:00'));
  });

  it('misses nothing while the period has not passed, within the grace, or when the scheduler runs shortly', () => {
    const lastRun = at('2026-11-01T06:00:05+08:00');
    expect(missedRun(monthly, lastRun, at('2026-12-01T06:00:00+08:00'), at('2026-11-20T10:00:00+08:00'))).toBeNull();
    expect(missedRun(monthly, lastRun, null, at('2026-12-01T06:05:00+08:00'))).toBeNull();
    expect(missedRun(hourly, at('2026-12-02T10:00:00Z'), at('2026-12-02T13:00:01Z'), at('2026-12-02T13:00:00Z'))).toBeNull();
    expect(missedRun(hourly, at('2026-12-02T10:00:00Z'), at('2026-12-02T14:00:00Z'), at('2026-12-02T13:00:00Z'))).toBe(at('2026-12-02T11:00:00Z'));
  });
});
