import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Permission } from '@sqmy/contract';
import type { IssueView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useCan } from '../auth/use-can';
import { bulletinsApi } from './bulletins-api';
import { SignModal } from './SignModal';

interface IssueActionsProps {
  issue: Wire<IssueView>;
  onChanged(issue: Wire<IssueView>): void;
  onPreview(): void;
}

/** What may be done with the issue now: editors preview, publish and correct; the chief editor signs. */
export function IssueActions({ issue, onChanged, onPreview }: IssueActionsProps) {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiErrorHandler();
  const [signing, setSigning] = useState(false);
  const can = useCan();
  const isEditor = can(Permission.BulletinsEdit);
  const isChief = can(Permission.BulletinsSign);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      showError(error);
    }
  };

  const publish = () =>
    modal.confirm({
      title: `刊发 ${issue.numberLabel}？`,
      content: `本期 ${issue.items.length} 篇稿件将标记为“已刊发”，并记入市级编发采用。刊发后本期不能修改，如有错误须另发更正。`,
      okText: '确认刊发',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'issue-publish-ok' },
      onOk: () =>
        run(async () => {
          onChanged(await bulletinsApi.publish(issue.id));
          message.success('本期已刊发');
        }),
    });

  const remove = () =>
    run(async () => {
      await bulletinsApi.deleteIssue(issue.id);
      message.success('草稿已删除');
      navigate('/bulletins');
    });

  const correct = () =>
    run(async () => {
      const correction = await bulletinsApi.createIssue(issue.series.id, { kind: issue.kind, correctsIssueId: issue.id });
      navigate(`/bulletins/issues/${correction.id}`);
    });

  const draft = issue.status === 'draft';
  return (
    <Space wrap>
      {draft && isEditor && (
        <Popconfirm title="删除这期草稿？" description="其中的稿件仍为已审核，可选入其他期。" okText="删除" cancelText="取消" onConfirm={remove}>
          <Button danger data-testid="issue-delete">
            删除草稿
          </Button>
        </Popconfirm>
      )}
      {draft && isEditor && (
        <Button onClick={onPreview} data-testid="issue-preview-open">
          预览
        </Button>
      )}
      <Button onClick={() => navigate(`/bulletins/issues/${issue.id}/print`)} data-testid="issue-print-view">
        打印视图
      </Button>
      {draft && isChief && (
        <Button type="primary" onClick={() => setSigning(true)} disabled={issue.items.length === 0} data-testid="issue-sign">
          签发
        </Button>
      )}
      {issue.status === 'signed' && isEditor && (
        <Button type="primary" onClick={publish} data-testid="issue-publish">
          刊发
        </Button>
      )}
      {issue.status === 'published' && isEditor && (
        <Button onClick={correct} data-testid="issue-correct">
          发更正
        </Button>
      )}
      {signing && (
        <SignModal
          issue={issue}
          onClose={() => setSigning(false)}
          onSigned={(signed) => {
            setSigning(false);
            onChanged(signed);
            message.success(`已签发：${signed.numberLabel}`);
          }}
        />
      )}
    </Space>
  );
}
