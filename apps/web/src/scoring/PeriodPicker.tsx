import { DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { PeriodKind, PeriodParams } from '@sqmy/contract';
import { PERIOD_LABELS } from './scoring-labels';
import { MONTH_OPTIONS, QUARTER_OPTIONS, YEAR_OPTIONS } from './periods';

interface PeriodPickerProps {
  value: PeriodParams;
  onChange(value: PeriodParams): void;
}

const GRAINS: PeriodKind[] = ['month', 'quarter', 'year', 'custom'];

/** 月 / 季 / 年 / 自定义: the year and the month or quarter, or a range of months. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const set = (changes: Partial<PeriodParams>) => onChange({ ...value, ...changes });
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        value={value.period}
        onChange={(period) => set({ period })}
        options={GRAINS.map((grain) => ({ value: grain, label: PERIOD_LABELS[grain], className: `period-${grain}` }))}
        data-testid="period-grain"
      />
      {value.period !== 'custom' && (
        <Select<number> value={value.year} onChange={(year) => set({ year })} options={YEAR_OPTIONS} style={{ width: 100 }} data-testid="period-year" />
      )}
      {value.period === 'month' && (
        <Select<number> value={value.month} onChange={(month) => set({ month })} options={MONTH_OPTIONS} style={{ width: 90 }} data-testid="period-month" />
      )}
      {value.period === 'quarter' && (
        <Select<number> value={value.quarter} onChange={(quarter) => set({ quarter })} options={QUARTER_OPTIONS} style={{ width: 110 }} data-testid="period-quarter" />
      )}
      {value.period === 'custom' && (
        <DatePicker.RangePicker
          picker="month"
          allowClear={false}
          value={[dayjs(`${value.from}-01`), dayjs(`${value.to}-01`)]}
          onChange={(range) => range?.[0] && range[1] && set({ from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') })}
          data-testid="period-range"
        />
      )}
    </Space>
  );
}
