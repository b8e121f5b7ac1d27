import { Badge, Button, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { IDENTITY_LABELS, UserView } from '@sqmy/contract';
import type { Wire } from '@sqmy/contract';
import { RoleTags } from '../components/RoleTags';
import { paginationOf } from '../components/paging';
import { formatDateTime } from '../format';
import { ResetPasswordButton } from './ResetPasswordButton';
import type { UserPageState } from './use-user-page';

interface UserTableProps {
  state: UserPageState;
  onEdit(user: Wire<UserView>): void;
  /** Hide the organisation column where every row is of the same unit. */
  showOrganisation?: boolean;
}

/** The paged list of users with edit and reset-password actions, shared by admin and unit screens. */
export function UserTable({ state, onEdit, showOrganisation = true }: UserTableProps) {
  const columns: TableColumnsType<Wire<UserView>> = [
    { title: '用户名', dataIndex: 'username', width: 130, ellipsis: true },
    { title: '姓名', dataIndex: 'name', width: 100 },
    { title: '手机号', dataIndex: 'phone', width: 130, render: (phone: string | null) => phone || '—' },
    { title: '角色', dataIndex: 'roles', width: 180, render: (roles: Wire<UserView>['roles']) => <RoleTags roles={roles} /> },
    { title: '身份', dataIndex: 'identity', width: 100, render: (identity: Wire<UserView>['identity']) => (identity ? IDENTITY_LABELS[identity] : '—') },
    ...(showOrganisation ? [{ title: '所属单位', key: 'organisation', render: (_: unknown, user: Wire<UserView>) => user.organisation.name }] : []),
    {
      title: '状态',
      dataIndex: 'active',
      width: 76,
      render: (active: boolean) => <Badge status={active ? 'success' : 'default'} text={active ? '启用' : '停用'} />,
    },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(user)} data-testid={`edit-user-${user.username}`}>
            编辑
          </Button>
          <ResetPasswordButton user={user} />
        </Space>
      ),
    },
  ];
  return (
    <Table<Wire<UserView>>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={state.data.items}
      loading={state.loading}
      scroll={{ x: 1100 }}
      data-testid="user-table"
      pagination={paginationOf(state, '人')}
    />
  );
}
