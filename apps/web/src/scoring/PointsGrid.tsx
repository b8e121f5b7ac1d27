import { Form, InputNumber, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { ADOPTION_KIND_LABELS, ADOPTION_LEVEL_LABELS, AdoptionKind, AdoptionLevel } from '@sqmy/contract';
import type { PointsTable } from '@sqmy/contract';
import { SCORED_KINDS } from './scoring-labels';

interface PointsGridProps {
  /** Read-only: the table of a rule set. Absent: the grid edits the form's `points`. */
  points?: PointsTable;
}

/** Points per adoption kind (rows) and level (columns); a blank cell scores nothing. */
export function PointsGrid({ points }: PointsGridProps) {
  const columns: TableColumnsType<{ kind: AdoptionKind }> = [
    { title: '类型', key: 'kind', width: 130, render: (_, row) => ADOPTION_KIND_LABELS[row.kind] },
    ...Object.values(AdoptionLevel).map((level) => ({
      title: ADOPTION_LEVEL_LABELS[level],
      key: level,
      render: (_: unknown, row: { kind: AdoptionKind }) =>
        points ? (
          (points[row.kind]?.[level] ?? '—')
        ) : (
          <Form.Item name={['points', row.kind, level]} noStyle={false} style={{ margin: 0 }}>
            <InputNumber min={0} step={1} placeholder="不计分" data-testid={`points-${row.kind}-${level}`} />
          </Form.Item>
        ),
    })),
  ];
  return (
    <Table<{ kind: AdoptionKind }>
      className="points-grid"
      rowKey="kind"
      size="small"
      bordered
      columns={columns}
      dataSource={SCORED_KINDS.map((kind) => ({ kind }))}
      pagination={false}
      data-testid={points ? 'points-table' : 'points-grid'}
    />
  );
}
