import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { CommissionView, TopicView, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { referenceApi } from '../items/items-api';
import type { Assignees } from './use-assignees';

interface CommissionFormValues {
  title: string;
  note?: string;
  topicId?: string;
  assigneeKind: 'user' | 'unit';
  assigneeUserId?: string;
  assigneeUnitId?: string;
  dueOn: Dayjs;
}

interface CommissionFormModalProps {
  topics: Wire<TopicView>[];
  assignees: Assignees;
  onSaved(commission: Wire<CommissionView>): void;
  onClose(): void;
}

/** 约稿: ask a named informant, or a reporting unit, for an item by a date. */
export function CommissionFormModal({ topics, assignees, onSaved, onClose }: CommissionFormModalProps) {
  const submit = async ({ title, note, topicId, assigneeKind, assigneeUserId, assigneeUnitId, dueOn }: CommissionFormValues) =>
    onSaved(
      await referenceApi.createCommission({
        title: title.trim(),
        note: note?.trim() || undefined,
        topicId,
        ...(assigneeKind === 'user' ? { assigneeUserId } : { assigneeUnitId }),
        dueOn: dueOn.format('YYYY-MM-DD'),
      }),
    );
  return (
    <FormModal<CommissionFormValues>
      title="约稿"
      okText="发出约稿"
      testIdPrefix="commission"
      initialValues={{ assigneeKind: 'user', dueOn: dayjs().add(14, 'day') }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="title" label="约稿题目" rules={[{ required: true, whitespace: true, message: '请填写约稿题目' }, { max: 100, message: '不超过 100 个字' }]}>
        <Input maxLength={100} showCount placeholder="如：请就农村养老服务撰写一篇信息" data-testid="commission-title" />
      </Form.Item>
      <Form.Item name="note" label="说明">
        <Input.TextArea rows={3} placeholder="写作要求、关注重点等" data-testid="commission-note" />
      </Form.Item>
      <Form.Item name="topicId" label="选题">
        <Select allowClear placeholder="不针对具体选题" options={topics.map((t) => ({ value: t.id, label: t.title }))} data-testid="commission-topic" />
      </Form.Item>
      <Form.Item name="assigneeKind" label="约请对象">
        <Radio.Group
          options={[
            { value: 'user', label: '信息员' },
            { value: 'unit', label: '报送单位' },
          ]}
          data-testid="commission-assignee-kind"
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['assigneeKind']}>
        {({ getFieldValue }) =>
          getFieldValue('assigneeKind') === 'user' ? (
            <Form.Item name="assigneeUserId" label="信息员" rules={[{ required: true, message: '请选择信息员' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="搜索姓名或单位"
                options={assignees.informants.map((u) => ({ value: u.id, label: `${u.name}（${u.organisation.name}）` }))}
                data-testid="commission-assignee-user"
              />
            </Form.Item>
          ) : (
            <Form.Item name="assigneeUnitId" label="报送单位" rules={[{ required: true, message: '请选择报送单位' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="选择报送单位"
                options={assignees.units.map((o) => ({ value: o.id, label: o.name }))}
                data-testid="commission-assignee-unit"
              />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="dueOn" label="截止日期" rules={[{ required: true, message: '请选择截止日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(dayjs(), 'day')} data-testid="commission-due" />
      </Form.Item>
    </FormModal>
  );
}
