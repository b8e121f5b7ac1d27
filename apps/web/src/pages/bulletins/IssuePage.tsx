import '../../bulletins/issue-builder.css';
import { Modal, Result, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Permission } from '@sqmy/contract';
import type { IssueView, Wire } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { useCan } from '../../auth/use-can';
import { bulletinsApi } from '../../bulletins/bulletins-api';
import { IssueActions } from '../../bulletins/IssueActions';
import { IssueBuilder } from '../../bulletins/IssueBuilder';
import { IssueFacts } from '../../bulletins/IssueFacts';
import { IssuePreview } from '../../bulletins/IssuePreview';
import { Page } from '../../components/Page';
import { IssueOutcomeActions } from '../../outcomes/IssueOutcomeActions';

const RENDER_POLL_MS = 2_000;

function titleOf(issue: Wire<IssueView>): string {
  const draft = issue.kind === 'supplement' ? '增刊（草稿）' : '草稿';
  return `《${issue.series.title}》${issue.numberLabel ?? draft}`;
}

/** One issue: the builder while it is the editor's draft, otherwise the issue as it prints; its actions and .docx; once published, its upward reports and adoptions. */
export function IssuePage() {
  const { id } = useParams<{ id: string }>();
  const can = useCan();
  const issue = useLoad(() => bulletinsApi.issue(id!), [id], { quiet: () => true });
  const [previewing, setPreviewing] = useState(false);
  const { data, reload, setData } = issue;

  // The .docx renders in the worker after signing: look again until it is there.
  useEffect(() => {
    if (data?.document.status !== 'pending') return;
    const timer = window.setTimeout(() => void reload(), RENDER_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [data, reload]);

  if (issue.error) return <Result status={issue.error.status === 403 ? '403' : '404'} title="无法打开本期" subTitle={issue.error.message} />;
  if (!data || data.id !== id) return <Skeleton active paragraph={{ rows: 12 }} />;
  const building = data.status === 'draft' && can(Permission.BulletinsEdit);
  const actions = (
    <Space wrap>
      {data.status === 'published' && can(Permission.OutcomesRecord) && <IssueOutcomeActions issue={data} />}
      <IssueActions issue={data} onChanged={setData} onPreview={() => setPreviewing(true)} />
    </Space>
  );
  return (
    <Page title={titleOf(data)} extra={actions}>
      <IssueFacts issue={data} canRender={can(Permission.BulletinsEdit)} onRenderQueued={() => void reload()} />
      {building ? <IssueBuilder issue={data} onChanged={setData} /> : <IssuePreview issueId={data.id} version={data.updatedAt} />}
      {previewing && (
        <Modal open title="预览" width={900} footer={null} onCancel={() => setPreviewing(false)} styles={{ body: { padding: 0 } }}>
          <IssuePreview issueId={data.id} version={data.updatedAt} />
        </Modal>
      )}
    </Page>
  );
}
