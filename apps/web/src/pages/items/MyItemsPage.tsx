import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Tabs } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ITEM_STATUS_LABELS, ItemStatus, ItemSummary, Role, Wire } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { optionsOf } from '../../options';
import { itemColumns } from '../../items/item-columns';
import { referenceApi } from '../../items/items-api';
import { ItemTable } from '../../items/ItemTable';
import { isEditable } from '../../items/item-rules';
import { useItemPage } from '../../items/use-item-page';

type Scope = 'mine' | 'unit';

function OpenCommissionsNotice() {
  const { data } = useLoad(() => referenceApi.commissions(true), [], { quiet: () => true });
  if (!data?.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={`研究中心向您（或本单位）约稿 ${data.length} 篇，请按时报送。`}
      action={<Link to="/topics">去应约</Link>}
      data-testid="open-commissions-notice"
    />
  );
}

const editColumn: TableColumnsType<Wire<Wire<ItemSummary>>>[number] = {
  title: '操作',
  key: 'actions',
  width: 80,
  render: (_, item) =>
    isEditable(item) && (
      <Link to={`/my-items/${item.id}/edit`} data-testid="edit-item-link">
        <EditOutlined /> 修改
      </Link>
    ),
};

export function MyItemsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const isLiaison = me.roles.includes(Role.UnitAdmin);
  const [scope, setScope] = useState<Scope>('mine');
  const [status, setStatus] = useState<ItemStatus>();
  const items = useItemPage({ mine: scope === 'mine' || undefined, status });

  const columns: TableColumnsType<Wire<Wire<ItemSummary>>> = [
    itemColumns.title((item) => `/my-items/${item.id}`),
    itemColumns.status(),
    itemColumns.authors(),
    ...(scope === 'unit' ? [itemColumns.unit()] : []),
    itemColumns.submittedAt(),
    itemColumns.updatedAt(),
    editColumn,
  ];

  const filter = (
    <Select<ItemStatus>
      allowClear
      placeholder="全部状态"
      style={{ width: 140 }}
      options={optionsOf(ITEM_STATUS_LABELS)}
      onChange={setStatus}
      data-testid="filter-status"
    />
  );

  return (
    <Page
      title="我的稿件"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/my-items/new')} data-testid="create-item">
          写稿件
        </Button>
      }
    >
      <OpenCommissionsNotice />
      <Card>
        {isLiaison ? (
          <Tabs
            activeKey={scope}
            onChange={(key) => setScope(key as Scope)}
            tabBarExtraContent={filter}
            items={[
              { key: 'mine', label: '我的稿件' },
              { key: 'unit', label: `本单位稿件 · ${me.organisation.name}` },
            ]}
            data-testid="item-scope-tabs"
          />
        ) : (
          <div style={{ marginBottom: 16 }}>{filter}</div>
        )}
        <ItemTable state={items} columns={columns} testId="my-items-table" emptyText={'还没有稿件，点击右上角“写稿件”开始撰写'} />
      </Card>
    </Page>
  );
}
