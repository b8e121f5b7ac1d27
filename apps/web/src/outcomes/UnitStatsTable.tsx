import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import type { UnitFigures } from '@sqmy/contract';

type Count = 'submitted' | 'locallyPublished' | 'reportedUp' | 'adoptedUp';

const COUNTS: { key: Count; title: string }[] = [
  { key: 'submitted', title: '报送稿件' },
  { key: 'locallyPublished', title: '本级编发' },
  { key: 'reportedUp', title: '上报' },
  { key: 'adoptedUp', title: '上级采用' },
];

/** One row per reporting unit and committee under the org; every count sorts. */
export function UnitStatsTable({ units, loading }: { units: UnitFigures[] | undefined; loading: boolean }) {
  return (
    <Table<UnitFigures>
      rowKey="unitId"
      size="middle"
      loading={loading}
      dataSource={units}
      pagination={false}
      locale={{ emptyText: '下级没有报送单位' }}
      data-testid="stats-units"
      onRow={(unit) => ({ 'data-unit': unit.unitName }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: '单位', dataIndex: 'unitName', sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') },
        ...COUNTS.map(({ key, title }) => ({
          title,
          dataIndex: key,
          width: 120,
          align: 'right' as const,
          sorter: (a: UnitFigures, b: UnitFigures) => a[key] - b[key],
          onCell: () => ({ 'data-column': key }) as HTMLAttributes<HTMLElement>,
        })),
      ]}
    />
  );
}
