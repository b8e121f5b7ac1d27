import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import type { AttachmentView, Wire } from '@sqmy/contract';
import { asApiError } from '../../api/client';
import { itemsApi } from '../items-api';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

interface AttachmentUploadProps {
  /** The item's id, creating the draft first if need be. */
  ensureItem(): Promise<string>;
  onAdded(attachment: Wire<AttachmentView>): void;
}

/** Uploads attachments one by one; the server checks the type by content and shows why it refuses. */
export function AttachmentUpload({ ensureItem, onAdded }: AttachmentUploadProps) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(0);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      message.error(`“${file.name}”超过 20 MB，不能上传`);
      return;
    }
    setUploading((count) => count + 1);
    try {
      const attachment = await itemsApi.attach(await ensureItem(), file);
      onAdded(attachment);
      message.success(`已上传“${attachment.name}”`);
    } catch (error) {
      const { message: reason, details } = asApiError(error);
      message.error([`“${file.name}”未能上传：${reason}`, ...details.map((detail) => detail.message)].join('；'));
    } finally {
      setUploading((count) => count - 1);
    }
  };

  return (
    <div data-testid="attachment-upload">
      <Upload
        accept={ACCEPT}
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<PaperClipOutlined />} loading={uploading > 0}>
          上传附件
        </Button>
      </Upload>
      <div className="field-hint">PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG，单个不超过 20 MB</div>
    </div>
  );
}
