import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { saveBlob } from '../api/save-blob';
import { useApiErrorHandler } from '../api/use-api-error';

interface DownloadButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** Fetches the file (with the session) when clicked. */
  load(): Promise<Blob>;
  fileName: string;
}

/** A button that downloads a file the API makes (an export), showing that it is busy meanwhile. */
export function DownloadButton({ load, fileName, children, ...props }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const showError = useApiErrorHandler();
  const download = async () => {
    setBusy(true);
    try {
      saveBlob(await load(), fileName);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} {...props} loading={busy} onClick={download}>
      {children}
    </Button>
  );
}
