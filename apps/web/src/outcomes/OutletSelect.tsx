import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { ADOPTION_LEVEL_LABELS, AdoptionLevel, OutletView } from '@sqmy/contract';

interface OutletSelectProps extends Omit<SelectProps<string>, 'options'> {
  outlets: OutletView[] | undefined;
  /** Only the outlets of this level. */
  level?: AdoptionLevel;
}

/** Picks an active outlet (报送渠道), grouped by level. */
export function OutletSelect({ outlets, level, ...props }: OutletSelectProps) {
  const groups = Object.values(AdoptionLevel).filter((one) => !level || one === level).map((one) => ({
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
