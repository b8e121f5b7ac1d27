import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { CategoryView, TopicView, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { referenceApi } from '../items/items-api';

interface TopicFormValues {
  title: string;
  description?: string;
  categoryCode?: string;
  period: [Dayjs, Dayjs];
}

interface TopicFormModalProps {
  categories: CategoryView[];
  onSaved(topic: Wire<TopicView>): void;
  onClose(): void;
}

/** 发布选题: what the research center wants information on, and between which dates. */
export function TopicFormModal({ categories, onSaved, onClose }: TopicFormModalProps) {
  const submit = async ({ title, description, categoryCode, period }: TopicFormValues) =>
    onSaved(
      await referenceApi.createTopic({
        title: title.trim(),
        description: description?.trim() || undefined,
        categoryCode,
        opensOn: period[0].format('YYYY-MM-DD'),
        closesOn: period[1].format('YYYY-MM-DD'),
      }),
    );
  return (
    <FormModal<TopicFormValues>
      title="发布选题"
      okText="发布"
      testIdPrefix="topic"
      initialValues={{ period: [dayjs(), dayjs().endOf('year')] }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="title" label="选题" rules={[{ required: true, whitespace: true, message: '请填写选题' }, { max: 100, message: '不超过 100 个字' }]}>
        <Input maxLength={100} showCount placeholder="如：农村养老服务体系建设" data-testid="topic-title" />
      </Form.Item>
      <Form.Item name="description" label="说明" rules={[{ max: 2000, message: '不超过 2,000 字' }]}>
        <Input.TextArea rows={4} placeholder="希望信息员关注的方面" data-testid="topic-description" />
      </Form.Item>
      <Form.Item name="categoryCode" label="类别">
        <Select allowClear placeholder="选择类别" options={categories.map((c) => ({ value: c.code, label: c.name }))} />
      </Form.Item>
      <Form.Item name="period" label="征集期" rules={[{ required: true, message: '请选择征集期' }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} data-testid="topic-period" />
      </Form.Item>
    </FormModal>
  );
}
