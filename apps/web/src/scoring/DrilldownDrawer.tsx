import { CheckOutlined } from '@ant-design/icons';
import { Descriptions, Drawer, Skeleton, Table, Tabs } from 'antd';
import type { TableColumnsType } from 'antd';
import { ADOPTION_LEVEL_LABELS } from '@sqmy/contract';
import type { AdoptionLevel, AdoptionLevelKey, DrilldownItem, DrilldownLine, PeriodParams, RankingRow, RankingSubject } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { formatDate } from '../format';
import { formatPoints, formatRate } from './scoring-labels';
import { scoringApi } from './scoring-api';

interface DrilldownDrawerProps {
  subject: RankingSubject;
  row: RankingRow;
  period: PeriodParams;
  /** The level the row's 采用 counts at. */
  level: AdoptionLevelKey;
  onClose(): void;
}

const levelText = (level: string | null) => (level ? (ADOPTION_LEVEL_LABELS[level as AdoptionLevel] ?? level) : '—');

const lineColumns: TableColumnsType<DrilldownLine> = [
  { title: '日期', dataIndex: 'occurredOn', key: 'occurredOn', width: 110, render: formatDate },
  { title: '稿件', key: 'item', render: (_, line) => line.item.title },
  { title: '事项', dataIndex: 'kindLabel', key: 'kindLabel', width: 120 },
  { title: '级别', dataIndex: 'level', key: 'level', width: 70, render: levelText },
  { title: '分值', dataIndex: 'points', key: 'points', width: 80, align: 'right', render: (points: number) => formatPoints(points) },
  { title: '计分办法', key: 'ruleSet', width: 140, render: (_, line) => line.ruleSet?.name ?? '默认计分表' },
];

const adopted = (value: boolean) => value && <CheckOutlined />;

const itemColumns: TableColumnsType<DrilldownItem> = [
  { title: '稿件', dataIndex: 'title', key: 'title' },
  { title: '报送日期', dataIndex: 'submittedOn', key: 'submittedOn', width: 110, render: formatDate },
  { title: '市级采用', dataIndex: 'adoptedCity', key: 'adoptedCity', width: 90, align: 'center', render: adopted },
  { title: '省级采用', dataIndex: 'adoptedProvince', key: 'adoptedProvince', width: 90, align: 'center', render: adopted },
  { title: '全国采用', dataIndex: 'adoptedNational', key: 'adoptedNational', width: 90, align: 'center', render: adopted },
];

/** Every figure of a ranking row, traced: its score lines and the items behind its counts. */
export function DrilldownDrawer({ subject, row, period, level, onClose }: DrilldownDrawerProps) {
  const drilldown = useLoad(() => scoringApi.drilldown(subject, row.subject.id, period, level), [subject, row.subject.id, period, level]);
  const data = drilldown.data;
  return (
    <Drawer open size={860} title={`${row.subject.name} · 第${row.rank}名`} onClose={onClose}>
      {!data ? (
        <Skeleton active />
      ) : (
        <div data-testid="drilldown">
          <Descriptions
            size="small"
            column={4}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'period', label: '期间', children: data.period.label },
              { key: 'score', label: '得分', children: <span data-testid="drilldown-score">{formatPoints(data.score)}</span> },
              { key: 'submitted', label: '报送', children: data.submitted },
              { key: 'adopted', label: '采用', children: `${data.adopted}（${formatRate(data.submitted ? data.adopted / data.submitted : null)}）` },
            ]}
          />
          <Tabs
            items={[
              {
                key: 'lines',
                label: `得分明细（${data.lines.length}）`,
                children: (
                  <Table<DrilldownLine>
                    rowKey={(line, index) => `${line.item.id}-${line.kind}-${line.occurredOn}-${index}`}
                    size="small"
                    columns={lineColumns}
                    dataSource={data.lines}
                    pagination={data.lines.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                    data-testid="drilldown-lines"
                  />
                ),
              },
              {
                key: 'items',
                label: `报送稿件（${data.items.length}）`,
                children: (
                  <Table<DrilldownItem>
                    rowKey="id"
                    size="small"
                    columns={itemColumns}
                    dataSource={data.items}
                    pagination={data.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                    data-testid="drilldown-items"
                  />
                ),
              },
            ]}
          />
        </div>
      )}
    </Drawer>
  );
}
