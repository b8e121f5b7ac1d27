import { DeleteOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ItemView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { canDelete, canSubmit, canWithdraw, isEditable } from './item-rules';
import { itemsApi } from './items-api';
import { SubmitButton } from './SubmitButton';
import { useItemSubmit } from './use-item-submit';

interface AuthorActionsProps {
  item: Wire<ItemView>;
  onChanged(item: Wire<ItemView>): void;
}

/** What the authors can do in the item's state: 编辑, 报送, 撤回 (as the server allows them), 删除. */
export function AuthorActions({ item, onChanged }: AuthorActionsProps) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const submitItem = useItemSubmit();
  const [busy, setBusy] = useState<string>();

  const act = async (name: string, work: () => Promise<void>) => {
    setBusy(name);
    try {
      await work();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(undefined);
    }
  };

  const submit = () =>
    act('submit', async () => {
      onChanged(await submitItem(item.id));
      message.success('已报送研究中心');
    });
  const withdraw = () =>
    act('withdraw', async () => {
      onChanged(await itemsApi.withdraw(item.id));
      message.success('已撤回，稿件回到草稿');
    });
  const remove = () =>
    act('delete', async () => {
      await itemsApi.remove(item.id);
      message.success('草稿已删除');
      navigate('/my-items', { replace: true });
    });

  return (
    <Space>
      {isEditable(item) && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/my-items/${item.id}/edit`)} data-testid="edit-item">
          编辑
        </Button>
      )}
      {canDelete(item) && (
        <Popconfirm title="删除这篇草稿？" description="从未报送的草稿删除后不能恢复。" okText="删除" okButtonProps={{ danger: true, 'data-testid': 'delete-confirm' }} cancelText="取消" onConfirm={remove}>
          <Button danger icon={<DeleteOutlined />} loading={busy === 'delete'} data-testid="delete-item">
            删除
          </Button>
        </Popconfirm>
      )}
      {canWithdraw(item) && (
        <Popconfirm title="撤回这篇稿件？" description="撤回后稿件回到草稿，修改后可再次报送。" okText="撤回" okButtonProps={{ 'data-testid': 'withdraw-confirm' }} cancelText="取消" onConfirm={withdraw}>
          <Button icon={<RollbackOutlined />} loading={busy === 'withdraw'} data-testid="withdraw-item">
            撤回
          </Button>
        </Popconfirm>
      )}
      {canSubmit(item) && <SubmitButton item={item} loading={busy === 'submit'} onConfirm={submit} />}
    </Space>
  );
}
