import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';

/** A small 删除 with its confirmation, for an entry recorded by mistake. */
export function DeleteButton({ title, testId, onConfirm }: { title: string; testId: string; onConfirm(): Promise<void> }) {
  return (
    <Popconfirm title={title} okText="删除" cancelText="取消" onConfirm={onConfirm}>
      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label="删除" data-testid={testId} />
    </Popconfirm>
  );
}
