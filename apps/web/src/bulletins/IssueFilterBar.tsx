import { Segmented, Select, Space } from 'antd';
import type { IssueKind, SeriesView, Wire } from '@sqmy/contract';
import { yearOptions } from '../years';

export interface IssueFilters {
  seriesId: string;
  year: number;
  kind?: IssueKind;
}

const YEARS = yearOptions(6);
const KINDS = [
  { value: 'all', label: '全部' },
  { value: 'regular', label: '正刊' },
  { value: 'supplement', label: '增刊' },
];

/** Which series, which year, which kind of issue the list shows. */
export function IssueFilterBar({ series, filters, onChange }: { series: Wire<SeriesView>[]; filters: IssueFilters; onChange(filters: IssueFilters): void }) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {series.length > 1 && (
        <Select
          value={filters.seriesId}
          options={series.map((one) => ({ value: one.id, label: `《${one.title}》` }))}
          onChange={(seriesId) => onChange({ ...filters, seriesId })}
          style={{ width: 220 }}
          data-testid="issue-series"
        />
      )}
      <Select value={filters.year} options={YEARS} onChange={(year) => onChange({ ...filters, year })} style={{ width: 110 }} data-testid="issue-year" />
      <Segmented
        value={filters.kind ?? 'all'}
        options={KINDS}
        onChange={(kind) => onChange({ ...filters, kind: kind === 'all' ? undefined : (kind as IssueKind) })}
        data-testid="issue-kind"
      />
    </Space>
  );
}
