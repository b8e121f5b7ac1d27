import { Input, Select, Space } from 'antd';
import { INSTRUCTION_STATUS_LABELS, InstructionFilters, LEADER_LEVEL_LABELS } from '@sqmy/contract';
import { optionsOf } from '../options';
import { yearOptions } from '../years';

const YEARS = yearOptions(10);

/** Which 批示 the register lists: year, leader level, status, words. */
export function InstructionFilterBar({ filters, onChange }: { filters: InstructionFilters; onChange(filters: InstructionFilters): void }) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        placeholder="全部年份"
        value={filters.year}
        options={YEARS}
        onChange={(year) => onChange({ ...filters, year })}
        style={{ width: 120 }}
        data-testid="instructions-year"
      />
      <Select
        allowClear
        placeholder="全部级别"
        value={filters.leaderLevel}
        options={optionsOf(LEADER_LEVEL_LABELS)}
        onChange={(leaderLevel) => onChange({ ...filters, leaderLevel })}
        style={{ width: 120 }}
        data-testid="instructions-level"
      />
      <Select
        allowClear
        placeholder="全部状态"
        value={filters.status}
        options={optionsOf(INSTRUCTION_STATUS_LABELS)}
        onChange={(status) => onChange({ ...filters, status })}
        style={{ width: 120 }}
        data-testid="instructions-status"
      />
      <Input.Search
        allowClear
        maxLength={50}
        placeholder="领导、稿件标题、批示内容或部门"
        style={{ width: 300 }}
        onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
        data-testid="instructions-search"
      />
    </Space>
  );
}
