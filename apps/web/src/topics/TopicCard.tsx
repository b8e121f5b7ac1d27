import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { TopicView, Wire } from '@sqmy/contract';
import { formatDate } from '../format';

interface TopicCardProps {
  topic: Wire<TopicView>;
  categoryName?: string;
  /** Offers 按此选题写稿 (to those who write items). */
  canWrite: boolean;
}

export function TopicCard({ topic, categoryName, canWrite }: TopicCardProps) {
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      className="topic-card"
      title={topic.title}
      extra={categoryName && <Tag>{categoryName}</Tag>}
      data-testid="topic-card"
      actions={
        canWrite
          ? [
              <Button
                key="write"
                type="link"
                icon={<EditOutlined />}
                onClick={() => navigate(`/my-items/new?topicId=${topic.id}`)}
                data-testid="write-on-topic"
              >
                按此选题写稿
              </Button>,
            ]
          : undefined
      }
    >
      <div className="topic-period">
        征集期：{formatDate(topic.opensOn)} 至 {formatDate(topic.closesOn)}
      </div>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (open) => (open ? '收起' : '展开') }} style={{ margin: 0 }}>
        {topic.description || '（无说明）'}
      </Typography.Paragraph>
    </Card>
  );
}
