import { Card, Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import type { IssueRef, IssueView, Wire } from '@sqmy/contract';
import { formatDate, formatDateTime } from '../format';
import { ISSUE_KIND_LABELS } from './bulletin-labels';
import { DocumentPanel } from './DocumentPanel';
import { IssueStatusTag } from './IssueStatusTag';

function IssueLinks({ issues }: { issues: IssueRef[] }) {
  return (
    <>
      {issues.map((issue) => (
        <Link key={issue.id} to={`/bulletins/issues/${issue.id}`} style={{ marginInlineEnd: 8 }}>
          {issue.numberLabel ?? '草稿'}
        </Link>
      ))}
    </>
  );
}

interface IssueFactsProps {
  issue: Wire<IssueView>;
  canRender: boolean;
  onRenderQueued(): void;
}

/** Where the issue stands: number, who signed and published it and when, what it corrects, its .docx. */
export function IssueFacts({ issue, canRender, onRenderQueued }: IssueFactsProps) {
  return (
    <Card size="small" className="issue-facts" data-testid="issue-facts">
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label="状态">
          <IssueStatusTag status={issue.status} />
        </Descriptions.Item>
        <Descriptions.Item label="期号">
          <span data-testid="issue-number-label">{issue.numberLabel ?? '签发时编号'}</span>
        </Descriptions.Item>
        <Descriptions.Item label="类别">{ISSUE_KIND_LABELS[issue.kind]}</Descriptions.Item>
        <Descriptions.Item label="签发">
          {issue.signedBy ? `${issue.signedBy.name}，${formatDate(issue.date)}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="刊发">{issue.publishedBy ? `${issue.publishedBy.name}，${formatDateTime(issue.publishedAt)}` : '—'}</Descriptions.Item>
        <Descriptions.Item label="Word 文档">
          <DocumentPanel issue={issue} canRender={canRender} onRenderQueued={onRenderQueued} />
        </Descriptions.Item>
        {issue.corrects && (
          <Descriptions.Item label="更正">
            <IssueLinks issues={[issue.corrects]} />
          </Descriptions.Item>
        )}
        {issue.correctedBy.length > 0 && (
          <Descriptions.Item label="已被更正">
            <IssueLinks issues={issue.correctedBy} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
