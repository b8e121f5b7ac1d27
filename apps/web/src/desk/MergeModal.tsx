import { Form, Input, Modal, Select, Skeleton } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { FormModal } from '../components/FormModal';
import { AuthorNames } from '../items/AuthorNames';
import { BODY_MAX, TITLE_MAX } from '../items/editor/text-rules';
import { itemsApi } from '../items/items-api';
import type { ReferenceData } from '../items/use-reference-data';
import { deskApi } from './desk-api';
import { mergeDraft } from './merge-draft';
import type { MergeDraft } from './merge-draft';

interface MergeModalProps {
  itemIds: string[];
  refs: ReferenceData;
  onMerged(combined: Wire<ItemView>): void;
  onClose(): void;
}

function MergeForm({ originals, refs, onMerged, onClose }: Omit<MergeModalProps, 'itemIds'> & { originals: Wire<ItemView>[] }) {
  const submit = async (values: MergeDraft) =>
    onMerged(await deskApi.merge({ itemIds: originals.map((item) => item.id), ...values }));
  return (
    <FormModal<MergeDraft>
      title={`综合 ${originals.length} 篇稿件`}
      okText="综合成稿"
      width={820}
      testIdPrefix="merge"
      initialValues={mergeDraft(originals)}
      onSubmit={submit}
      onClose={onClose}
    >
      <ol className="merge-sources" data-testid="merge-sources">
        {originals.map((item) => (
          <li key={item.id}>
            《{item.title}》 <span className="muted small">{item.unit.name} · </span>
            <AuthorNames authors={item.authors} />
          </li>
        ))}
      </ol>
      <div className="muted small" style={{ marginBottom: 12 }}>
        综合稿由研究中心撰写，原稿件的作者和单位共同署名；原稿件将标记为“已综合”。
      </div>
      <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
        <Input maxLength={TITLE_MAX} showCount data-testid="merge-title" />
      </Form.Item>
      <Form.Item name="body" label="正文" rules={[{ required: true, whitespace: true, message: '请填写正文' }]}>
        <Input.TextArea autoSize={{ minRows: 12, maxRows: 24 }} maxLength={BODY_MAX} data-testid="merge-body" />
      </Form.Item>
      <Form.Item name="categoryCode" label="类别">
        <Select allowClear options={refs.categories.map((category) => ({ value: category.code, label: category.name }))} data-testid="merge-category" />
      </Form.Item>
    </FormModal>
  );
}

/** 综合: the picked items' texts, one after another, to be written into one combined item. */
export function MergeModal({ itemIds, ...rest }: MergeModalProps) {
  const { data } = useLoad(() => Promise.all(itemIds.map((id) => itemsApi.get(id))), [itemIds.join()]);
  if (!data) {
    return (
      <Modal open title="综合稿件" footer={null} onCancel={rest.onClose}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Modal>
    );
  }
  return <MergeForm originals={data} {...rest} />;
}
