import { Skeleton } from 'antd';
import { useLoad } from '../api/use-load';
import { bulletinsApi } from './bulletins-api';
import { BulletinSheet } from './BulletinSheet';

/** The issue as it will print (GET …/layout); `version` reloads it after a change. */
export function IssuePreview({ issueId, version }: { issueId: string; version?: string }) {
  const layout = useLoad(() => bulletinsApi.layout(issueId), [issueId, version]);
  return (
    <div className="preview-desk" data-testid="issue-preview">
      {layout.data ? <BulletinSheet layout={layout.data} /> : <Skeleton active paragraph={{ rows: 12 }} style={{ width: 600, margin: '0 auto' }} />}
    </div>
  );
}
