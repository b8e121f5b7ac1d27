import { Input, Select } from 'antd';
import { DESK_STATUSES, ITEM_STATUS_LABELS, ItemStatus } from '@sqmy/contract';
import type { DeskFilters, EditorLoad } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import type { ReferenceData } from '../items/use-reference-data';
import { organisationsApi } from '../organisations/organisations-api';

/** What the list may filter on: the board's states, then the closed ones (never drafts: they are the authors'). */
const LISTED_STATUSES = [...DESK_STATUSES, ItemStatus.Rejected, ItemStatus.Merged, ItemStatus.Published];

/** The assignee filter's value for items nobody holds. */
const UNASSIGNED = '__unassigned';

interface DeskFilterBarProps {
  filters: DeskFilters;
  editors: EditorLoad[];
  refs: ReferenceData;
  onChange(filters: DeskFilters): void;
}

/** Filters of the desk list: state, editor (or 未分配), unit, category and words of the text. */
export function DeskFilterBar({ filters, editors, refs, onChange }: DeskFilterBarProps) {
  const units = useLoad(async () => (await organisationsApi.list()).filter((org) => org.kind === 'unit'), []);
  const set = (changes: DeskFilters) => onChange({ ...filters, ...changes });
  const assignee = filters.unassigned ? UNASSIGNED : filters.assigneeId;
  return (
    <div className="desk-filters" data-testid="desk-filters">
      <Select<ItemStatus>
        allowClear
        placeholder="全部状态"
        style={{ width: 130 }}
        value={filters.status}
        options={LISTED_STATUSES.map((status) => ({ value: status, label: ITEM_STATUS_LABELS[status] }))}
        onChange={(status) => set({ status })}
        data-testid="filter-status"
      />
      <Select<string>
        allowClear
        placeholder="全部编辑"
        style={{ width: 140 }}
        value={assignee}
        options={[{ value: UNASSIGNED, label: '未分配' }, ...editors.map((editor) => ({ value: editor.id, label: editor.name }))]}
        onChange={(value) => set({ assigneeId: value === UNASSIGNED ? undefined : value, unassigned: value === UNASSIGNED || undefined })}
        data-testid="filter-assignee"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部报送单位"
        style={{ width: 190 }}
        value={filters.unitId}
        options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
        onChange={(unitId) => set({ unitId })}
        data-testid="filter-unit"
      />
      <Select<string>
        allowClear
        placeholder="全部类别"
        style={{ width: 120 }}
        value={filters.categoryCode}
        options={refs.categories.map((category) => ({ value: category.code, label: category.name }))}
        onChange={(categoryCode) => set({ categoryCode })}
        data-testid="filter-category"
      />
      <Input.Search
        allowClear
        placeholder="标题、正文中的文字"
        style={{ width: 240 }}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        data-testid="filter-q"
      />
    </div>
  );
}
