import { App, Button, Form, InputNumber, Skeleton } from 'antd';
import { useState } from 'react';
import type { DeskSettingsView } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useLoad } from '../api/use-load';
import { deskApi } from './desk-api';

const DAYS = { min: 1, max: 60, precision: 0, suffix: '天', style: { width: 160 } };

/** The committee's reminder periods: screening waits and unanswered returns (1–60 days). */
export function DeskSettingsForm() {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<DeskSettingsView>();
  const [saving, setSaving] = useState(false);
  const settings = useLoad(deskApi.settings, []);

  const save = async (values: DeskSettingsView) => {
    setSaving(true);
    try {
      settings.setData(await deskApi.saveSettings(values));
      message.success('提醒设置已保存');
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  if (!settings.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <Form<DeskSettingsView> form={form} layout="vertical" initialValues={settings.data} onFinish={save} data-testid="desk-settings-form" style={{ maxWidth: 520 }}>
      <Form.Item name="screeningReminderDays" label="待阅选提醒" extra="稿件报送后超过这么多天仍未阅选，提醒责任编辑（未分配时提醒全体编辑）。" rules={[{ required: true, message: '请填写天数' }]}>
        <InputNumber {...DAYS} data-testid="screening-reminder-days" />
      </Form.Item>
      <Form.Item name="returnReminderDays" label="退回未修改提醒" extra="稿件退回修改后超过这么多天作者仍未重新报送，提醒作者。" rules={[{ required: true, message: '请填写天数' }]}>
        <InputNumber {...DAYS} data-testid="return-reminder-days" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="desk-settings-save">
        保存
      </Button>
    </Form>
  );
}
