import { FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import type { DocumentStatus, IssueView, Wire } from '@sqmy/contract';
import { saveBlob } from '../api/save-blob';
import { useApiErrorHandler } from '../api/use-api-error';
import { formatFileSize } from '../format';
import { DOCUMENT_STATUS_LABELS } from './bulletin-labels';
import { bulletinsApi } from './bulletins-api';

const COLORS: Record<DocumentStatus, string> = { none: 'default', pending: 'processing', ready: 'success', failed: 'error' };

interface DocumentPanelProps {
  issue: Wire<IssueView>;
  /** Editors may queue a new rendering. */
  canRender: boolean;
  onRenderQueued(): void;
}

/** The issue's .docx: whether it is rendered, its download (with the session's token) and a re-render. */
export function DocumentPanel({ issue, canRender, onRenderQueued }: DocumentPanelProps) {
  const showError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const { document } = issue;

  const download = async () => {
    setBusy(true);
    try {
      saveBlob(await bulletinsApi.document(issue.id), document.fileName ?? `${issue.series.title}.docx`);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const render = async () => {
    try {
      await bulletinsApi.render(issue.id);
      onRenderQueued();
    } catch (error) {
      showError(error);
    }
  };

  if (issue.status === 'draft') return <span className="muted">签发后自动生成</span>;
  return (
    <Space wrap>
      <Tag color={COLORS[document.status]} data-testid="document-status" data-status={document.status}>
        {DOCUMENT_STATUS_LABELS[document.status]}
      </Tag>
      {document.status === 'ready' && (
        <Button size="small" icon={<FileWordOutlined />} loading={busy} onClick={download} data-testid="document-download">
          下载 Word{document.size ? `（${formatFileSize(document.size)}）` : ''}
        </Button>
      )}
      {canRender && document.status !== 'pending' && (
        <Button size="small" type="text" icon={<ReloadOutlined />} onClick={render} data-testid="document-render">
          重新生成
        </Button>
      )}
    </Space>
  );
}
