import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Switch, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { ADOPTION_LEVEL_LABELS } from '@sqmy/contract';
import type { OutletView } from '@sqmy/contract';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useLoad } from '../../api/use-load';
import { Page } from '../../components/Page';
import { outletsApi } from '../../outcomes/outcomes-api';
import { OutletFormModal } from '../../outcomes/OutletFormModal';

/**
 * 报送渠道: the places items are reported to and adopted by (省政协《社情民意》, 全国政协《政协信息》…),
 * deployment-wide. Never deleted — records name them — only disabled.
 */
export function OutletsPage() {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const outlets = useLoad(() => outletsApi.list(true), []);
  const [editing, setEditing] = useState<OutletView | 'new'>();

  const setActive = async (outlet: OutletView, active: boolean) => {
    try {
      await outletsApi.update(outlet.id, { active });
      message.success(active ? `已启用：${outlet.name}` : `已停用：${outlet.name}`);
      void outlets.reload();
    } catch (error) {
      showError(error);
    }
  };

  const create = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="outlet-new">
      新增渠道
    </Button>
  );

  return (
    <Page title="报送渠道" extra={create}>
      <Card>
        <Table<OutletView>
          rowKey="id"
          size="middle"
          loading={outlets.loading}
          dataSource={outlets.data}
          pagination={false}
          data-testid="outlet-table"
          onRow={(outlet) => ({ 'data-outlet': outlet.name, 'data-active': String(outlet.active) }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: '层级', dataIndex: 'level', width: 100, render: (_, outlet) => <Tag>{ADOPTION_LEVEL_LABELS[outlet.level]}</Tag> },
            { title: '名称', dataIndex: 'name' },
            { title: '排序', dataIndex: 'position', width: 80 },
            {
              title: '启用',
              dataIndex: 'active',
              width: 90,
              render: (_, outlet) => <Switch checked={outlet.active} onChange={(active) => setActive(outlet, active)} data-testid="outlet-active" />,
            },
            {
              title: '操作',
              key: 'actions',
              width: 90,
              render: (_, outlet) => (
                <Button type="link" size="small" onClick={() => setEditing(outlet)} data-testid="outlet-edit">
                  修改
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <OutletFormModal
          outlet={editing === 'new' ? undefined : editing}
          onSaved={(saved) => {
            setEditing(undefined);
            message.success(`已保存：${saved.name}`);
            void outlets.reload();
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Page>
  );
}
