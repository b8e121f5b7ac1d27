import { SendOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { ItemSummary, Wire } from '@sqmy/contract';
import { submitLabel } from './item-rules';

interface SubmitButtonProps {
  /** The item as it stands; undefined while a new draft is not saved yet. */
  item: Pick<Wire<ItemSummary>, 'status'> | undefined;
  loading: boolean;
  onConfirm(): void;
}

/** 报送, or 修改后重新报送 for a returned item, after a confirmation. */
export function SubmitButton({ item, loading, onConfirm }: SubmitButtonProps) {
  const label = submitLabel(item);
  return (
    <Popconfirm
      title={`确定${label}这篇稿件？`}
      description="报送后由研究中心阅选；阅选开始前可以撤回。"
      okText={label}
      cancelText="取消"
      okButtonProps={{ 'data-testid': 'submit-confirm' }}
      onConfirm={onConfirm}
    >
      <Button type="primary" icon={<SendOutlined />} loading={loading} data-testid="submit-item">
        {label}
      </Button>
    </Popconfirm>
  );
}
