import { Form, Input, Select } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { FormModal } from '../components/FormModal';
import { unguarded } from './conflict-guard';
import type { ConflictGuard } from './conflict-guard';
import { deskApi } from './desk-api';

interface RejectModalProps {
  item: Pick<Wire<ItemView>, 'id' | 'title' | 'version'>;
  onRejected(item: Wire<ItemView>): void;
  onClose(): void;
  guard?: ConflictGuard;
}

interface RejectValues {
  reasonCode: string;
  comment?: string;
}

/** 不予采用 with the field's reason (信访, 涉诉, …); some (其他) need the reason written out. */
export function RejectModal({ item, onRejected, onClose, guard = unguarded }: RejectModalProps) {
  const reasons = useLoad(deskApi.rejectReasons, []);
  const list = [...(reasons.data ?? [])].sort((a, b) => a.position - b.position);
  const options = list.map((reason) => ({ value: reason.code, label: reason.label }));
  // The server says which reasons need words (reject_reason.comment_required: 其他).
  const needsComment = (code: string | undefined) => list.find((reason) => reason.code === code)?.commentRequired === true;
  const submit = async ({ reasonCode, comment }: RejectValues) =>
    onRejected(await guard(() => deskApi.reject(item.id, { reasonCode, comment: comment?.trim() || undefined, version: item.version })));
  return (
    <FormModal<RejectValues> title={`不予采用：《${item.title}》`} okText="不予采用" testIdPrefix="reject" onSubmit={submit} onClose={onClose}>
      {(form) => (
        <>
          <Form.Item name="reasonCode" label="理由" rules={[{ required: true, message: '请选择不予采用的理由' }]}>
            <Select placeholder="选择理由" loading={reasons.loading} options={options} data-testid="reject-reason" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(before, after) => before.reasonCode !== after.reasonCode}>
            {() => {
              const other = needsComment(form.getFieldValue('reasonCode'));
              return (
                <Form.Item
                  name="comment"
                  label={other ? '具体理由' : '说明'}
                  rules={other ? [{ required: true, whitespace: true, message: '请写明不予采用的理由' }] : []}
                >
                  <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} placeholder={other ? '写明不予采用的理由' : '补充说明（可不填），作者可见'} data-testid="reject-comment" />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
