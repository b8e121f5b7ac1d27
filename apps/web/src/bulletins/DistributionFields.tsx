import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { DISTRIBUTION_LABELS } from '@sqmy/contract';

const LABEL_OPTIONS = DISTRIBUTION_LABELS.map((label) => ({ value: label, label }));
const MAX_LINES = 10;

/** The distribution list (报/送/发 or 主送/抄送) as form rows: a label and the addressees, no blank lines. */
export function DistributionFields({ name, label = '发送范围' }: { name: string; label?: string }) {
  return (
    <Form.Item label={label} required={false}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <div data-testid="distribution-lines">
            {fields.map((field) => (
              <Space.Compact key={field.key} block style={{ marginBottom: 8 }} data-testid="distribution-line">
                <Form.Item name={[field.name, 'label']} noStyle>
                  <Select options={LABEL_OPTIONS} style={{ width: 90 }} aria-label="类别" data-testid="distribution-label" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'text']}
                  noStyle
                  rules={[{ required: true, whitespace: true, message: '请填写发送对象，或删除这一行' }]}
                >
                  <Input placeholder="如：省政协办公厅，市委、市政府领导" maxLength={500} data-testid="distribution-text" />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除这一行" data-testid="distribution-remove" />
              </Space.Compact>
            ))}
            {fields.length < MAX_LINES && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: DISTRIBUTION_LABELS[fields.length] ?? '发', text: '' })} data-testid="distribution-add">
                添加一行
              </Button>
            )}
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
