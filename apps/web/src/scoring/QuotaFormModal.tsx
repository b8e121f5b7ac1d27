import { Form, InputNumber, Radio, Select } from 'antd';
import { QuotaGrain, ScoreSubjectType } from '@sqmy/contract';
import type { NewQuota, OrganisationView, QuotaView, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { optionsOf } from '../options';
import { InformantSelect } from './InformantSelect';
import { YEAR_OPTIONS } from './periods';
import { QUOTA_GRAIN_LABELS, QUOTA_SUBJECT_LABELS } from './scoring-labels';
import { scoringApi } from './scoring-api';

interface QuotaFormModalProps {
  /** The quota to change (its target only); absent to add one. */
  quota?: QuotaView;
  /** The reporting units one can give a quota to. */
  units: Wire<OrganisationView>[];
  year: number;
  onSaved(quota: QuotaView): void;
  onClose(): void;
}

/** 任务数: whom (an informant or a reporting unit), per month or per year, how many items. */
export function QuotaFormModal({ quota, units, year, onSaved, onClose }: QuotaFormModalProps) {
  const save = async (values: NewQuota) => {
    onSaved(quota ? await scoringApi.updateQuota(quota.id, quota.version, values.target) : await scoringApi.createQuota(values));
  };
  return (
    <FormModal<NewQuota>
      title={quota ? `修改任务数 · ${quota.subject.name}` : '新增任务数'}
      testIdPrefix="quota"
      initialValues={quota ? { target: quota.target } : { subjectType: ScoreSubjectType.Unit, grain: QuotaGrain.Year, year: year }}
      onSubmit={save}
      onClose={onClose}
    >
      {quota ? null : (
        <>
          <Form.Item name="subjectType" label="对象类型">
            <Radio.Group optionType="button" options={optionsOf(QUOTA_SUBJECT_LABELS)} data-testid="quota-subject-type" />
          </Form.Item>
          <Form.Item noStyle dependencies={['subjectType']}>
            {({ getFieldValue }) =>
              getFieldValue('subjectType') === 'informant' ? (
                <Form.Item name="subjectId" label="信息员" rules={[{ required: true, message: '请选择信息员' }]}>
                  <InformantSelect data-testid="quota-subject" />
                </Form.Item>
              ) : (
                <Form.Item name="subjectId" label="报送单位" rules={[{ required: true, message: '请选择报送单位' }]}>
                  <Select<string>
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="选择报送单位"
                    options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
                    data-testid="quota-subject"
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="grain" label="周期">
            <Radio.Group optionType="button" options={optionsOf(QUOTA_GRAIN_LABELS)} data-testid="quota-grain" />
          </Form.Item>
          <Form.Item name="year" label="年度">
            <Select<number> options={YEAR_OPTIONS} data-testid="quota-year" />
          </Form.Item>
        </>
      )}
      <Form.Item noStyle dependencies={['grain']}>
        {({ getFieldValue }) => (
          <Form.Item
            name="target"
            label={(quota?.grain ?? getFieldValue('grain')) === 'month' ? '每月任务数（篇）' : '全年任务数（篇）'}
            rules={[{ required: true, message: '请填写任务数' }]}
          >
            <InputNumber min={1} precision={0} style={{ width: 160 }} data-testid="quota-target" />
          </Form.Item>
        )}
      </Form.Item>
    </FormModal>
  );
}
