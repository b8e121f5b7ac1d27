import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { ADOPTION_LEVEL_LABELS } from '@sqmy/contract';
import { OUTCOME_LEVELS } from './types';
import type { OutcomeLevel, Outlet } from './types';

interface OutletSelectProps extends Omit<SelectProps<string>, 'options'> {
  outlets: Outlet[] | undefined;
  /** Only the outlets of this level. */
  level?: OutcomeLevel;
}

/** Picks an active outlet (报送渠道), grouped by level. */
export function OutletSelect({ outlets, level, ...props }: OutletSelectProps) {
  const groups = OUTCOME_LEVELS.filter((one) => !level || one === level).map((one) => ({
    label: ADOPTION_LEVEL_LABELS[one],
    options: (outlets ?? []).filter((outlet) => outlet.active && outlet.level === one).map((outlet) => ({ value: outlet.id, label: outlet.name })),
  }));
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="选择报送渠道"
      loading={!outlets}
      {...props}
      options={groups.filter((group) => group.options.length > 0)}
    />
  );
}
