import { FlagOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Space } from 'antd';
import { useState } from 'react';
import { Permission } from '@sqmy/contract';
import { useCan } from '../auth/use-can';
import { Page } from '../components/Page';
import { useReferenceData } from '../items/use-reference-data';
import { CommissionFormModal } from '../topics/CommissionFormModal';
import { CommissionTable } from '../topics/CommissionTable';
import { TopicCard } from '../topics/TopicCard';
import { TopicFormModal } from '../topics/TopicFormModal';
import { useAssignees } from '../topics/use-assignees';

type Dialog = 'topic' | 'commission' | null;

/**
 * 选题与约稿: the open topic calls and the commissions. Those who write items start an item from
 * either; editors also publish topics, commission items and follow the commissions' status.
 */
export function TopicsPage() {
  const can = useCan();
  const { message } = App.useApp();
  const isEditor = can(Permission.TopicsManage);
  const canWrite = can(Permission.ItemsWrite);
  // Editors follow every commission of the committee; authors see what is still open for them.
  const refs = useReferenceData(true, !isEditor);
  const assignees = useAssignees(isEditor);
  const [dialog, setDialog] = useState<Dialog>(null);

  const saved = (text: string) => {
    message.success(text);
    setDialog(null);
    refs.reload();
  };

  return (
    <Page
      title="选题与约稿"
      extra={
        isEditor && (
          <Space>
            <Button icon={<FlagOutlined />} onClick={() => setDialog('topic')} data-testid="create-topic">
              发布选题
            </Button>
            <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('commission')} data-testid="create-commission">
              约稿
            </Button>
          </Space>
        )
      }
    >
      <Card title="征集中的选题" data-testid="open-topics">
        {refs.topics.length ? (
          <Row gutter={[16, 16]}>
            {refs.topics.map((topic) => (
              <Col key={topic.id} xs={24} md={12} xxl={8}>
                <TopicCard topic={topic} categoryName={refs.categoryName(topic.categoryCode)} canWrite={canWrite} />
              </Col>
            ))}
          </Row>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无征集中的选题" />
        )}
      </Card>
      <Card title={isEditor ? '约稿情况' : '向我约稿'} data-testid="commissions">
        <CommissionTable
          commissions={refs.commissions}
          refs={refs}
          mode={isEditor ? 'manage' : 'write'}
          assignees={assignees}
          onChanged={refs.reload}
        />
      </Card>
      {dialog === 'topic' && (
        <TopicFormModal categories={refs.categories} onSaved={(topic) => saved(`已发布选题“${topic.title}”`)} onClose={() => setDialog(null)} />
      )}
      {dialog === 'commission' && (
        <CommissionFormModal
          topics={refs.topics}
          assignees={assignees}
          onSaved={(commission) => saved(`已发出约稿“${commission.title}”`)}
          onClose={() => setDialog(null)}
        />
      )}
    </Page>
  );
}
