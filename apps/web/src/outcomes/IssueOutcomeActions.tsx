import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { IssueView, Wire } from '@sqmy/contract';
import { AdoptionModal } from './AdoptionModal';
import { ReportModal } from './ReportModal';

/** On a published issue, for editors: report every item to an outlet (整期报送), record adoptions of chosen items. */
export function IssueOutcomeActions({ issue }: { issue: Wire<IssueView> }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'report' | 'adoption' | null>(null);
  const label = `《${issue.series.title}》${issue.numberLabel ?? ''}`;
  const items = issue.items.map((item) => ({ id: item.itemId, title: item.title }));
  return (
    <Space wrap>
      <Button onClick={() => setDialog('report')} data-testid="issue-report">
        整期报送
      </Button>
      <Button onClick={() => setDialog('adoption')} data-testid="issue-adoptions">
        批量记录采用
      </Button>
      {dialog === 'report' && (
        <ReportModal
          target={{ issueId: issue.id, label, itemCount: issue.items.length }}
          onSaved={(created, existing) => {
            setDialog(null);
            message.success(existing > 0 ? `已记录报送 ${created} 篇，另有 ${existing} 篇此前已记录` : `已记录报送 ${created} 篇`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'adoption' && (
        <AdoptionModal
          items={items}
          onSaved={(adoptions) => {
            setDialog(null);
            message.success(`已记录采用 ${adoptions.length} 篇，已通知作者`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </Space>
  );
}
