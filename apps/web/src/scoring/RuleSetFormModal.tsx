import { Col, DatePicker, Divider, Form, Input, InputNumber, Radio, Row } from 'antd';
import { LEADER_LEVEL_LABELS, LeaderLevel } from '@sqmy/contract';
import type { RuleSetView, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { optionsOf } from '../options';
import { PointsGrid } from './PointsGrid';
import { fieldsOf, formValuesOf } from './rule-form';
import type { RuleFormValues } from './rule-form';
import { SPLIT_LABELS } from './scoring-labels';
import { scoringApi } from './scoring-api';

interface RuleSetFormModalProps {
  /** The rule set to change, or the default table a new one starts from. */
  rules: Wire<RuleSetView>;
  isNew: boolean;
  onSaved(rules: Wire<RuleSetView>): void;
  onClose(): void;
}

const required = (message: string) => [{ required: true, message }];

function NumberItem({ name, label, max, step = 1 }: { name: string | string[]; label: string; max?: number; step?: number }) {
  const testId = Array.isArray(name) ? name.join('-') : name;
  return (
    <Form.Item name={name} label={label} rules={required(`请填写${label}`)}>
      <InputNumber min={0} max={max} step={step} style={{ width: '100%' }} data-testid={`rule-${testId}`} />
    </Form.Item>
  );
}

/** 计分办法: name, validity, the points table, 批示 points, bonuses, the penalty and how credit is shared. */
export function RuleSetFormModal({ rules, isNew, onSaved, onClose }: RuleSetFormModalProps) {
  const save = async (values: RuleFormValues) => {
    const fields = fieldsOf(values);
    onSaved(isNew || !rules.id ? await scoringApi.createRuleSet(fields) : await scoringApi.updateRuleSet(rules.id, rules.version ?? 0, fields));
  };
  return (
    <FormModal<RuleFormValues>
      title={isNew ? '新建计分办法' : `修改计分办法 · ${rules.name}`}
      width={820}
      testIdPrefix="rule"
      initialValues={formValuesOf(rules, isNew)}
      onSubmit={save}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="name" label="名称" rules={required('请填写名称')}>
            <Input maxLength={100} data-testid="rule-name" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="validFrom" label="起始日期" rules={required('请选择起始日期')}>
            <DatePicker style={{ width: '100%' }} data-testid="rule-valid-from" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="validTo" label="截止日期（空为长期）">
            <DatePicker style={{ width: '100%' }} data-testid="rule-valid-to" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">采用计分（分/篇）</Divider>
      <PointsGrid />
      <Divider titlePlacement="start">领导批示（分/件）</Divider>
      <Row gutter={16}>
        {Object.values(LeaderLevel).map((level) => (
          <Col span={6} key={level}>
            <NumberItem name={['instructionPoints', level]} label={LEADER_LEVEL_LABELS[level]} />
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start">加分与扣分</Divider>
      <Row gutter={16}>
        <Col span={8}>
          <NumberItem name="memberBonus" label="委员撰稿加分" />
        </Col>
        <Col span={8}>
          <NumberItem name="commissionBonus" label="约稿加分" />
        </Col>
        <Col span={8}>
          <NumberItem name="plagiarismPenalty" label="抄袭扣分" />
        </Col>
      </Row>
      <Divider titlePlacement="start">分值分配</Divider>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="split" label="合写稿件">
            <Radio.Group optionType="button" options={optionsOf(SPLIT_LABELS)} data-testid="rule-split" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item noStyle dependencies={['split']}>
            {({ getFieldValue }) =>
              getFieldValue('split') === 'lead_share' && <NumberItem name="leadShare" label="第一作者份额（0–1）" max={1} step={0.05} />
            }
          </Form.Item>
        </Col>
        <Col span={12}>
          <NumberItem name="unitCredit" label="报送单位计分比例（0–1）" max={1} step={0.1} />
        </Col>
        <Col span={12}>
          <NumberItem name="mergedAuthorShare" label="综合稿原稿作者份额（0–1）" max={1} step={0.1} />
        </Col>
      </Row>
    </FormModal>
  );
}
