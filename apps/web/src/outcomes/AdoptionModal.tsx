import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Form, Input, Radio, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { ADOPTION_KIND_LABELS, ADOPTION_LEVEL_LABELS, AdoptionKind, AdoptionLevel, ItemRef } from '@sqmy/contract';
import type { AdoptionView, NewAdoption, Wire } from '@sqmy/contract';
import { asApiError } from '../api/client';
import { FormModal } from '../components/FormModal';
import { isoDate } from '../format';
import { optionsOf } from '../options';
import { RECORDABLE_KINDS } from './outcome-labels';
import { outcomesApi } from './outcomes-api';
import { OutletSelect } from './OutletSelect';
import { useOutlets } from './use-outlets';

interface AdoptionFormValues {
  itemIds: string[];
  level: AdoptionLevel;
  kind: AdoptionKind;
  outletId?: string;
  outletName?: string;
  occurredOn: Dayjs;
  documentRef?: string;
  note?: string;
  evidence?: UploadFile[];
}

export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';
const KINDS = RECORDABLE_KINDS.map((kind) => ({ value: kind, label: ADOPTION_KIND_LABELS[kind] }));

interface AdoptionModalProps {
  /** One item; several (the items of an issue) are offered to choose from. */
  items: ItemRef[];
  onSaved(adoptions: Wire<AdoptionView>[]): void;
  onClose(): void;
}

/** 记录采用: a level adopted the item(s) — kind, outlet, date, document reference, note and an evidence file. */
export function AdoptionModal({ items, onSaved, onClose }: AdoptionModalProps) {
  const { message } = App.useApp();
  const outlets = useOutlets();
  const many = items.length > 1;

  /** The evidence goes up after the adoptions are written; a failed upload leaves them recorded without it. */
  const attach = async (adoptions: Wire<AdoptionView>[], file: File) => {
    try {
      return await Promise.all(adoptions.map((adoption) => outcomesApi.attachEvidence(adoption.id, file)));
    } catch (error) {
      message.warning(`采用已记录，但佐证材料未能上传：${asApiError(error).message}。可在采用记录中重新上传。`);
      return adoptions;
    }
  };

  const submit = async (values: AdoptionFormValues) => {
    const outletName = values.outletId ? undefined : values.outletName?.trim();
    const adoption: NewAdoption = {
      level: values.level,
      kind: values.kind,
      outletId: values.outletId,
      outletName,
      occurredOn: isoDate(values.occurredOn),
      documentRef: values.documentRef?.trim() || undefined,
      note: values.note?.trim() || undefined,
    };
    const created = many ? await outcomesApi.adoptMany(values.itemIds, adoption) : [await outcomesApi.adopt(items[0].id, adoption)];
    const file = values.evidence?.[0]?.originFileObj;
    onSaved(file ? await attach(created, file) : created);
  };

  return (
    <FormModal<AdoptionFormValues>
      title={many ? '批量记录采用' : '记录采用'}
      okText="记录"
      width={600}
      testIdPrefix="adoption"
      initialValues={{ level: AdoptionLevel.Province, kind: AdoptionKind.SingleAdoption, occurredOn: dayjs(), itemIds: [] }}
      onSubmit={submit}
      onClose={onClose}
    >
      {(form) => (
        <>
          {many && (
            <Form.Item name="itemIds" label="采用的稿件" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一篇稿件' }]}>
              <Checkbox.Group
                className="adoption-items"
                options={items.map((item) => ({ value: item.id, label: item.title }))}
                data-testid="adoption-items"
              />
            </Form.Item>
          )}
          <Form.Item name="level" label="采用层级" rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={optionsOf(ADOPTION_LEVEL_LABELS)}
              onChange={() => form.setFieldValue('outletId', undefined)}
              data-testid="adoption-level"
            />
          </Form.Item>
          <Form.Item name="kind" label="采用方式" rules={[{ required: true, message: '请选择采用方式' }]}>
            <Select options={KINDS} data-testid="adoption-kind" />
          </Form.Item>
          <Form.Item noStyle dependencies={['level', 'outletId']}>
            {({ getFieldValue }) => (
              <>
                <Form.Item name="outletId" label="采用刊物或渠道">
                  <OutletSelect outlets={outlets.data} level={getFieldValue('level')} allowClear placeholder="选择刊物；不在列表中的请在下方填写" data-testid="adoption-outlet" />
                </Form.Item>
                {!getFieldValue('outletId') && (
                  <Form.Item name="outletName" label="其他刊物或渠道" rules={[{ required: true, whitespace: true, message: '请选择刊物，或填写刊物、渠道名称' }]}>
                    <Input maxLength={60} placeholder="如：省委办公厅《每日汇报》" data-testid="adoption-outlet-name" />
                  </Form.Item>
                )}
              </>
            )}
          </Form.Item>
          <Form.Item name="occurredOn" label="采用日期" rules={[{ required: true, message: '请选择采用日期' }]}>
            <DatePicker allowClear={false} data-testid="adoption-date" />
          </Form.Item>
          <Form.Item name="documentRef" label="刊发期号或文号">
            <Input maxLength={100} placeholder="如：《社情民意》2026年第15期" data-testid="adoption-document-ref" />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={500} data-testid="adoption-note" />
          </Form.Item>
          <Form.Item
            name="evidence"
            label="佐证材料"
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
            extra="PDF、JPG、PNG 或 Word 文档，不超过 20 MB（可不上传）"
          >
            <Upload accept={EVIDENCE_ACCEPT} maxCount={1} beforeUpload={() => false}>
              <Button icon={<UploadOutlined />} data-testid="adoption-evidence">选择文件</Button>
            </Upload>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
