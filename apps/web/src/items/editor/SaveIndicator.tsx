import { CheckCircleFilled, CloseCircleFilled, EditOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { Autosave } from './use-autosave';

const GREEN = '#389e0d';
const RED = '#cf1322';

/** 已保存 / 保存中… / 保存失败: where the autosave stands, next to the editor's buttons. */
export function SaveIndicator({ autosave, onReload }: { autosave: Autosave; onReload(): void }) {
  const { state, savedAt, error } = autosave;
  const views: Record<typeof state, ReactNode> = {
    new: <span>输入内容后将自动保存为草稿</span>,
    dirty: (
      <span>
        <EditOutlined /> 有修改，稍后自动保存
      </span>
    ),
    saving: (
      <span>
        <LoadingOutlined /> 保存中…
      </span>
    ),
    saved: (
      <span>
        <CheckCircleFilled style={{ color: GREEN }} /> 已保存{savedAt ? ` ${dayjs(savedAt).format('HH:mm:ss')}` : ''}
      </span>
    ),
    failed: (
      <Tooltip title={error?.message}>
        <span style={{ color: RED }}>
          <CloseCircleFilled /> 保存失败
          <Button type="link" size="small" onClick={autosave.retry} data-testid="save-retry">
            重试
          </Button>
        </span>
      </Tooltip>
    ),
    conflict: (
      <span style={{ color: RED }}>
        <CloseCircleFilled /> 保存失败：稿件已在别处修改
        <Button type="link" size="small" onClick={onReload}>
          重新加载
        </Button>
      </span>
    ),
  };
  return (
    <span className="save-indicator" data-testid="save-status" data-state={state} aria-live="polite">
      {views[state]}
    </span>
  );
}
