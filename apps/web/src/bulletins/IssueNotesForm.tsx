import { App, Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import type { DistributionLine, IssueView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { bulletinsApi } from './bulletins-api';
import { DistributionFields } from './DistributionFields';

interface NotesValues {
  editorNote?: string;
  distribution?: DistributionLine[];
  copies: number;
}

/** A draft's 编者按, its distribution list (报尾) and the number of copies. */
export function IssueNotesForm({ issue, onSaved }: { issue: Wire<IssueView>; onSaved(issue: Wire<IssueView>): void }) {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<NotesValues>();
  const [saving, setSaving] = useState(false);

  const save = async ({ editorNote, distribution, copies }: NotesValues) => {
    setSaving(true);
    try {
      onSaved(await bulletinsApi.updateIssue(issue.id, { editorNote: editorNote?.trim() || null, distribution: distribution ?? [], copies }));
      message.success('编者按和发送范围已保存');
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<NotesValues>
      form={form}
      layout="vertical"
      initialValues={{ editorNote: issue.editorNote ?? '', distribution: issue.distribution, copies: issue.copies }}
      onFinish={save}
      data-testid="issue-notes-form"
    >
      <Form.Item name="editorNote" label="编者按" extra="印在报头之下、第一篇之前；留空则不印。">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={2000} showCount data-testid="issue-editor-note" />
      </Form.Item>
      <DistributionFields name="distribution" label="发送范围（报尾）" />
      <Form.Item name="copies" label="印数" rules={[{ required: true, message: '请填写印数' }]}>
        <InputNumber min={1} max={10000} precision={0} suffix="份" style={{ width: 160 }} data-testid="issue-copies" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="issue-notes-save">
        保存
      </Button>
    </Form>
  );
}
