import { Form, InputNumber, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { LEVEL_LABELS, LEVELS, SCORED_KIND_LABELS } from './scoring-labels';
import type { AdoptionKind, PointsTable } from './types';

type ScoredKind = keyof typeof SCORED_KIND_LABELS;
const KINDS = Object.keys(SCORED_KIND_LABELS) as ScoredKind[];

interface PointsGridProps {
  /** Read-only: the table of a rule set. Absent: the grid edits the form's `points`. */
  points?: PointsTable;
}

/** Points per adoption kind (rows) and level (columns); a blank cell scores nothing. */
export function PointsGrid({ points }: PointsGridProps) {
  const columns: TableColumnsType<{ kind: ScoredKind }> = [
    { title: '类型', key: 'kind', width: 130, render: (_, row) => SCORED_KIND_LABELS[row.kind] },
    ...LEVELS.map((level) => ({
      title: LEVEL_LABELS[level],
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
    <Table<{ kind: ScoredKind }>
      className="points-grid"
      rowKey="kind"
      size="small"
      bordered
      columns={columns}
      dataSource={KINDS.map((kind) => ({ kind }))}
      pagination={false}
      data-testid={points ? 'points-table' : 'points-grid'}
    />
  );
}
