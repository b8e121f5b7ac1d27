import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { ErrorCode } from '@sqmy/contract';
import type { ItemView, Wire } from '@sqmy/contract';
import { asApiError } from '../api/client';
import type { ApiError } from '../api/client';
import { useApiErrorHandler } from '../api/use-api-error';
import { VersionDiff } from '../items/diff/VersionDiff';
import { ItemTextFields } from '../items/editor/ItemTextFields';
import { itemsApi } from '../items/items-api';
import { deskApi } from './desk-api';
import { StaleTextAlert } from './StaleTextAlert';

interface TextValues {
  title: string;
  body: string;
  comment?: string;
}

interface DeskTextEditorProps {
  item: Wire<ItemView>;
  onSaved(item: Wire<ItemView>): void;
  /** The latest copy of the item, loaded after a conflict (the page shows it; the editor keeps the typed text). */
  onRefreshed(item: Wire<ItemView>): void;
  onCancel(): void;
}

/**
 * The editor's text editor: each save stores a new version. If someone saved first, the save is
 * refused (409) and nothing typed is lost: reloading takes their version as the new base, shows
 * what they changed, and leaves this editor's text in the fields to save again.
 */
export function DeskTextEditor({ item, onSaved, onRefreshed, onCancel }: DeskTextEditorProps) {
  const [form] = Form.useForm<TextValues>();
  const showError = useApiErrorHandler();
  const [base, setBase] = useState(item);
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState<ApiError>();
  const [reloading, setReloading] = useState(false);
  const [theirs, setTheirs] = useState<{ from: number; to: number }>();

  const save = async ({ title, body, comment }: TextValues) => {
    setSaving(true);
    try {
      onSaved(await deskApi.saveText(base.id, { title, body, version: base.version, comment: comment?.trim() || undefined }));
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.status === 409 && apiError.code === ErrorCode.StaleVersion) setStale(apiError);
      else showError(apiError, form);
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await itemsApi.get(base.id);
      if (fresh.versionNo > base.versionNo) setTheirs({ from: base.versionNo, to: fresh.versionNo });
      setBase(fresh);
      setStale(undefined);
      onRefreshed(fresh);
    } catch (error) {
      showError(error);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Card
      className="editor-card"
      title={`修改正文（基于第 ${base.versionNo} 版）`}
      extra={
        <Space>
          <Button onClick={onCancel} data-testid="text-cancel">
            取消
          </Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="text-save">
            保存为新版本
          </Button>
        </Space>
      }
      data-testid="desk-text-editor"
    >
      {stale && <StaleTextAlert error={stale} reloading={reloading} onReload={reload} />}
      {theirs && !stale && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已载入最新的第 ${theirs.to} 版，下面是对方的修改；您的文字仍在编辑框中，核对后再保存。`}
          description={<VersionDiff itemId={base.id} from={theirs.from} to={theirs.to} />}
          closable={{ onClose: () => setTheirs(undefined) }}
          data-testid="theirs-diff"
        />
      )}
      <Form<TextValues> form={form} layout="vertical" initialValues={{ title: item.title, body: item.body }} onFinish={save}>
        <ItemTextFields warnings={[]} />
        <Form.Item name="comment" label="修改说明">
          <Input maxLength={500} placeholder="如：压缩篇幅，调整建议表述（可不填）" data-testid="text-comment" />
        </Form.Item>
      </Form>
    </Card>
  );
}
