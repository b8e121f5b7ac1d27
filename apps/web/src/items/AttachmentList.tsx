import { DeleteOutlined, FileExcelOutlined, FileImageOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { AttachmentType, AttachmentView, Wire } from '@sqmy/contract';
import { saveBlob } from '../api/save-blob';
import { useApiErrorHandler } from '../api/use-api-error';
import { formatFileSize } from '../format';
import { ATTACHMENT_TYPE_LABELS } from './item-labels';
import { itemsApi } from './items-api';

const ICONS: Record<AttachmentType, ReactNode> = {
  pdf: <FilePdfOutlined style={{ color: '#cf1322' }} />,
  docx: <FileWordOutlined style={{ color: '#1677ff' }} />,
  xlsx: <FileExcelOutlined style={{ color: '#389e0d' }} />,
  jpg: <FileImageOutlined style={{ color: '#d48806' }} />,
  png: <FileImageOutlined style={{ color: '#d48806' }} />,
};

interface AttachmentListProps {
  itemId: string;
  attachments: Wire<AttachmentView>[];
  /** Offers 删除 when given (while the item is editable). */
  onRemoved?: (attachment: Wire<AttachmentView>) => void;
}

export function AttachmentList({ itemId, attachments, onRemoved }: AttachmentListProps) {
  const showError = useApiErrorHandler();

  const download = async (attachment: Wire<AttachmentView>) => {
    try {
      saveBlob(await itemsApi.download(itemId, attachment.id), attachment.name);
    } catch (error) {
      showError(error);
    }
  };

  const remove = async (attachment: Wire<AttachmentView>) => {
    try {
      await itemsApi.detach(itemId, attachment.id);
      onRemoved?.(attachment);
    } catch (error) {
      showError(error);
    }
  };

  if (attachments.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无附件" style={{ margin: '8px 0' }} />;
  return (
    <ul className="attachment-list" data-testid="attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="attachment" data-testid="attachment">
          <span className="attachment-icon">{ICONS[attachment.type]}</span>
          <span className="attachment-main">
            <Typography.Link onClick={() => download(attachment)} ellipsis title={`下载 ${attachment.name}`} data-testid="attachment-download">
              {attachment.name}
            </Typography.Link>
            <span className="attachment-meta">
              {ATTACHMENT_TYPE_LABELS[attachment.type]} · {formatFileSize(attachment.size)}
            </span>
          </span>
          {onRemoved && (
            <Popconfirm title={`删除附件“${attachment.name}”？`} onConfirm={() => remove(attachment)} okText="删除" cancelText="取消">
              <Button type="text" size="small" icon={<DeleteOutlined />} aria-label="删除附件" data-testid="attachment-delete" />
            </Popconfirm>
          )}
        </li>
      ))}
    </ul>
  );
}
