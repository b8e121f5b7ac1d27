import { Form, Input } from 'antd';
import type { IssueItemView } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';

interface ItemNoteModalProps {
  item: IssueItemView;
  onSave(note: string | null): Promise<void>;
  onClose(): void;
}

/** The editor's note (按) printed before one item; empty removes it. */
export function ItemNoteModal({ item, onSave, onClose }: ItemNoteModalProps) {
  return (
    <FormModal<{ editorNote?: string }>
      title={`按语：《${item.title}》`}
      initialValues={{ editorNote: item.editorNote ?? '' }}
      testIdPrefix="item-note"
      onSubmit={({ editorNote }) => onSave(editorNote?.trim() || null)}
      onClose={onClose}
    >
      <Form.Item name="editorNote" label="按语" extra="印在该篇标题之前，以“按：”开头；留空则不印。">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount data-testid="item-note-text" />
      </Form.Item>
    </FormModal>
  );
}
