import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { IssueKind } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { bulletinsApi } from './bulletins-api';

/** 新建一期 / 新建增刊: a draft of the series, opened in the builder. */
export function NewIssueButtons({ seriesId }: { seriesId: string }) {
  const navigate = useNavigate();
  const showError = useApiErrorHandler();
  const [busy, setBusy] = useState<IssueKind>();

  const create = async (kind: IssueKind) => {
    setBusy(kind);
    try {
      const issue = await bulletinsApi.createIssue(seriesId, { kind });
      navigate(`/bulletins/issues/${issue.id}`);
    } catch (error) {
      showError(error);
      setBusy(undefined);
    }
  };

  return (
    <Space>
      <Button onClick={() => create(IssueKind.Supplement)} loading={busy === 'supplement'} data-testid="issue-new-supplement">
        新建增刊
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => create(IssueKind.Regular)} loading={busy === 'regular'} data-testid="issue-new">
        新建一期
      </Button>
    </Space>
  );
}
