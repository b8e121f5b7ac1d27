import { DatePicker, Form, Input, Select } from 'antd';
import { LEADER_LEVEL_LABELS } from '@sqmy/contract';
import { optionsOf } from '../options';

/** The 批示 itself: who, at what level, when, what was written. */
export function InstructionFields() {
  return (
    <>
      <Form.Item name="leaderName" label="批示领导" rules={[{ required: true, whitespace: true, message: '请填写批示领导' }, { max: 40, message: '不超过 40 个字' }]}>
        <Input maxLength={40} placeholder="如：王某某（市委副书记）" data-testid="instruction-leader" />
      </Form.Item>
      <Form.Item name="leaderLevel" label="领导级别" rules={[{ required: true, message: '请选择领导级别' }]}>
        <Select options={optionsOf(LEADER_LEVEL_LABELS)} data-testid="instruction-level" />
      </Form.Item>
      <Form.Item name="instructedOn" label="批示日期" rules={[{ required: true, message: '请选择批示日期' }]}>
        <DatePicker allowClear={false} data-testid="instruction-date" />
      </Form.Item>
      <Form.Item name="text" label="批示内容">
        <Input.TextArea rows={3} maxLength={2000} data-testid="instruction-text" />
      </Form.Item>
    </>
  );
}
