import { Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import type { SeriesView, Wire } from '@sqmy/contract';

interface SeriesCardProps {
  series: Wire<SeriesView>;
  /** Offers 修改 and 删除 when given (admins). */
  onEdit?: () => void;
  onDelete?: () => void;
}

/** A series' settings as the masthead and foot of its issues will print them. */
export function SeriesCard({ series, onEdit, onDelete }: SeriesCardProps) {
  const actions = onEdit && (
    <Space>
      <Button onClick={onEdit} data-testid="series-edit">
        修改
      </Button>
      <Popconfirm title={`删除刊物《${series.title}》？`} description="已有期刊的刊物不能删除。" okText="删除" cancelText="取消" onConfirm={onDelete}>
        <Button danger data-testid="series-delete">
          删除
        </Button>
      </Popconfirm>
    </Space>
  );
  return (
    <Card title={`《${series.title}》`} extra={actions} data-testid="series-card" data-series-id={series.id}>
      <Descriptions column={1} size="small" styles={{ label: { width: 140 } }}>
        <Descriptions.Item label="编印单位">{series.issuingUnit}</Descriptions.Item>
        <Descriptions.Item label="密级标识">{series.marking}</Descriptions.Item>
        <Descriptions.Item label="默认发送范围">
          <div data-testid="series-distribution">
            {series.defaultDistribution.length === 0
              ? '—'
              : series.defaultDistribution.map((line, index) => <div key={index}>{`${line.label}：${line.text}`}</div>)}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label="默认印数">{`${series.defaultCopies} 份`}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
