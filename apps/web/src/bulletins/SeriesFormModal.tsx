import { Form, Input, InputNumber } from 'antd';
import { DEFAULT_MARKING } from '@sqmy/contract';
import type { SeriesFields, SeriesView, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { bulletinsApi } from './bulletins-api';
import { DistributionFields } from './DistributionFields';

interface SeriesFormModalProps {
  /** The series to change; a new one when absent. */
  series?: Wire<SeriesView>;
  onSaved(series: Wire<SeriesView>): void;
  onClose(): void;
}

const NEW_SERIES: SeriesFields = {
  title: '',
  issuingUnit: '',
  marking: DEFAULT_MARKING,
  defaultDistribution: [
    { label: '报', text: '' },
    { label: '送', text: '' },
    { label: '发', text: '' },
  ],
  defaultCopies: 30,
};

/** 刊物设置: title, issuing unit, marking, the default distribution list and number of copies. */
export function SeriesFormModal({ series, onSaved, onClose }: SeriesFormModalProps) {
  const submit = async (fields: SeriesFields) => {
    const values = { ...fields, defaultDistribution: fields.defaultDistribution ?? [] };
    onSaved(series ? await bulletinsApi.updateSeries(series.id, values) : await bulletinsApi.createSeries(values));
  };
  return (
    <FormModal<SeriesFields>
      title={series ? `修改刊物《${series.title}》` : '新建刊物'}
      initialValues={series ?? NEW_SERIES}
      width={640}
      testIdPrefix="series"
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="title" label="刊物名称" rules={[{ required: true, whitespace: true, message: '请填写刊物名称' }]}>
        <Input placeholder="如：晋中社情民意" maxLength={60} data-testid="series-title" />
      </Form.Item>
      <Form.Item name="issuingUnit" label="编印单位" rules={[{ required: true, whitespace: true, message: '请填写编印单位' }]}>
        <Input placeholder="如：政协晋中市委员会办公室" maxLength={100} data-testid="series-issuing-unit" />
      </Form.Item>
      <Form.Item name="marking" label="密级标识" extra="印在报头，如“内部资料 注意保存”。">
        <Input maxLength={40} data-testid="series-marking" />
      </Form.Item>
      <DistributionFields name="defaultDistribution" label="默认发送范围（报尾）" />
      <Form.Item name="defaultCopies" label="默认印数" rules={[{ required: true, message: '请填写印数' }]}>
        <InputNumber min={1} max={10000} precision={0} suffix="份" style={{ width: 160 }} data-testid="series-copies" />
      </Form.Item>
    </FormModal>
  );
}
