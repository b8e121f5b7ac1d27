import { Form, Input, InputNumber, Radio } from 'antd';
import { ADOPTION_LEVEL_LABELS, AdoptionLevel } from '@sqmy/contract';
import type { OutletFields, OutletView } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { optionsOf } from '../options';
import { outletsApi } from './outcomes-api';

interface OutletFormModalProps {
  /** Absent: a new outlet. */
  outlet?: OutletView;
  onSaved(outlet: OutletView): void;
  onClose(): void;
}

/** Adds an outlet, or renames it, moves it to another level or place in the list. */
export function OutletFormModal({ outlet, onSaved, onClose }: OutletFormModalProps) {
  const submit = async ({ name, level, position }: OutletFields) => {
    const fields = { name: name.trim(), level, position: position ?? undefined };
    onSaved(outlet ? await outletsApi.update(outlet.id, fields) : await outletsApi.create(fields));
  };
  return (
    <FormModal<OutletFields>
      title={outlet ? '修改报送渠道' : '新增报送渠道'}
      testIdPrefix="outlet"
      initialValues={outlet ?? { level: AdoptionLevel.Province }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 60, message: '不超过 60 个字' }]}>
        <Input maxLength={60} placeholder="如：省政协《社情民意》" data-testid="outlet-name" />
      </Form.Item>
      <Form.Item name="level" label="层级" rules={[{ required: true, message: '请选择层级' }]}>
        <Radio.Group optionType="button" options={optionsOf(ADOPTION_LEVEL_LABELS)} data-testid="outlet-level" />
      </Form.Item>
      <Form.Item name="position" label="排序" extra="同一层级内数字小的在前；台账导入使用各层级排在最前的启用渠道">
        <InputNumber min={1} max={999} precision={0} data-testid="outlet-position" />
      </Form.Item>
    </FormModal>
  );
}
