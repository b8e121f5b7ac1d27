import { Alert, Button } from 'antd';
import { ErrorCode } from '@sqmy/contract';
import type { ApiError } from '../../api/client';

/** The item was changed elsewhere (409): autosave stops until the author reloads the latest text. */
export function ConflictAlert({ error, onReload }: { error: ApiError; onReload(): void }) {
  const title = error.code === ErrorCode.StaleVersion ? '稿件已在别处被修改，本页的修改未能保存' : error.message;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={title}
      description={`${error.code === ErrorCode.StaleVersion ? `${error.message}。` : ''}为避免覆盖，自动保存已暂停。重新加载将显示最新内容，本页未保存的修改会丢失（如需保留，请先复制）。`}
      action={
        <Button onClick={onReload} data-testid="conflict-reload">
          重新加载
        </Button>
      }
      data-testid="conflict-alert"
    />
  );
}
