import { DatePicker, Divider, Form, Input, Typography } from 'antd';
import type { InstructionView, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { changesOf, formValuesOf } from './instruction-changes';
import type { InstructionFormValues } from './instruction-changes';
import { InstructionFields } from './InstructionFields';
import { instructionsApi } from './outcomes-api';

interface InstructionEditModalProps {
  instruction: Wire<InstructionView>;
  onSaved(instruction: Wire<InstructionView>): void;
  onClose(): void;
}

/**
 * 批示办理: the register entry with its referral (转办), the department's reply (回函) and its
 * closure (办结). Saved against the version read; someone else's save in between is refused.
 */
export function InstructionEditModal({ instruction, onSaved, onClose }: InstructionEditModalProps) {
  const submit = async (values: InstructionFormValues) => {
    const changes = changesOf(instruction, values);
    onSaved(Object.keys(changes).length === 0 ? instruction : await instructionsApi.update(instruction.id, instruction.version, changes));
  };
  return (
    <FormModal<InstructionFormValues> title="批示办理" width={640} testIdPrefix="instruction-edit" initialValues={formValuesOf(instruction)} onSubmit={submit} onClose={onClose}>
      <Typography.Paragraph type="secondary">
        稿件：《{instruction.item.title}》（{instruction.item.unit.name}）
      </Typography.Paragraph>
      <InstructionFields />
      <Divider titlePlacement="start">转办</Divider>
      <Form.Item name="referredTo" label="转办部门">
        <Input maxLength={100} placeholder="如：市农业农村局" data-testid="instruction-referred-to" />
      </Form.Item>
      <Form.Item name="referredOn" label="转办日期">
        <DatePicker data-testid="instruction-referred-on" />
      </Form.Item>
      <Divider titlePlacement="start">回函</Divider>
      <Form.Item name="reply" label="回函内容">
        <Input.TextArea rows={3} maxLength={2000} data-testid="instruction-reply" />
      </Form.Item>
      <Form.Item name="repliedOn" label="回函日期">
        <DatePicker data-testid="instruction-replied-on" />
      </Form.Item>
      <Divider titlePlacement="start">办结</Divider>
      <Form.Item name="closedOn" label="办结日期">
        <DatePicker data-testid="instruction-closed-on" />
      </Form.Item>
    </FormModal>
  );
}
