import { Form, Select } from 'antd';
import type { EditorLoad } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';

interface AssignModalProps {
  title: string;
  editors: EditorLoad[];
  currentId?: string;
  onSubmit(assigneeId: string): Promise<void>;
  onClose(): void;
}

/** 分派给…: pick an editor of the committee; each shows what they already hold. */
export function AssignModal({ title, editors, currentId, onSubmit, onClose }: AssignModalProps) {
  return (
    <FormModal<{ assigneeId: string }>
      title={title}
      okText="分派"
      testIdPrefix="assign"
      initialValues={{ assigneeId: currentId }}
      onSubmit={({ assigneeId }) => onSubmit(assigneeId)}
      onClose={onClose}
    >
      <Form.Item name="assigneeId" label="责任编辑" rules={[{ required: true, message: '请选择编辑' }]}>
        <Select
          placeholder="选择编辑"
          options={editors.map((editor) => ({ value: editor.id, label: `${editor.name}（在办 ${editor.load} 篇）` }))}
          data-testid="assign-editor"
        />
      </Form.Item>
    </FormModal>
  );
}
