import { Alert, Button } from 'antd';
import type { ApiError } from '../api/client';

/** Someone saved the text first (409): the typed text stays; reloading shows theirs alongside. */
export function StaleTextAlert({ error, reloading, onReload }: { error: ApiError; reloading: boolean; onReload(): void }) {
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title="稿件已被他人修改，您的修改尚未保存"
      description={`${error.message}。点击“载入最新版本”查看对方的修改；您输入的文字会保留在编辑框中，核对后可再次保存。`}
      action={
        <Button onClick={onReload} loading={reloading} data-testid="stale-reload">
          载入最新版本
        </Button>
      }
      data-testid="stale-alert"
    />
  );
}
