import { QuotaGrain } from '@sqmy/contract';
import { quotaProgress } from './quota-progress';

describe('quotaProgress (任务数)', () => {
  const may2024 = { year: 2024, month: 5 };

  it('a monthly quota is due for each month up to the current one', () => {
    expect(quotaProgress(QuotaGrain.Month, 2024, 2, 7, may2024)).toEqual({ due: 10, done: 7, ratio: 0.7, behind: true });
    expect(quotaProgress(QuotaGrain.Month, 2024, 2, 10, may2024)).toEqual({ due: 10, done: 10, ratio: 1, behind: false });
  });

  it('a past year is due in full, a future year not yet', () => {
    expect(quotaProgress(QuotaGrain.Month, 2023, 1, 13, may2024)).toEqual({ due: 12, done: 13, ratio: 1.0833, behind: false });
    expect(quotaProgress(QuotaGrain.Month, 2025, 1, 0, may2024)).toEqual({ due: 0, done: 0, ratio: null, behind: false });
  });

  it('a yearly quota is due whole', () => {
    expect(quotaProgress(QuotaGrain.Year, 2024, 12, 3, may2024)).toEqual({ due: 12, done: 3, ratio: 0.25, behind: true });
  });
});
