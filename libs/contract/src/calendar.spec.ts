import { chineseDate, todayInChina } from './calendar';

describe('dates in Chinese', () => {
  it('drops leading zeros: 2024年3月5日', () => {
    expect(chineseDate('2024-03-05')).toBe('2024年3月5日');
    expect(chineseDate('2024-12-31')).toBe('2024年12月31日');
  });

  it('refuses what is not a date', () => {
    expect(() => chineseDate('2024/3/5')).toThrow();
  });

  it("takes today from China's calendar: 17:00 UTC is already the next day there", () => {
    expect(todayInChina(new Date('2024-03-04T17:00:00Z'))).toBe('2024-03-05');
    expect(todayInChina(new Date('2024-03-04T15:59:00Z'))).toBe('2024-03-04');
  });
});
