import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { Role, ROLE_LABELS } from '@sqmy/contract';
import type { UserFilters } from '@sqmy/contract';
import { Page } from '../../components/Page';
import { optionsOf } from '../../options';
import { OrganisationTreeSelect } from '../../organisations/OrganisationTreeSelect';
import { useOrganisations } from '../../organisations/use-organisations';
import { useUserEditor } from '../../users/use-user-editor';
import { useUserPage } from '../../users/use-user-page';
import { UserTable } from '../../users/UserTable';

export function UsersPage() {
  const { tree } = useOrganisations();
  const [filters, setFilters] = useState<UserFilters>({});
  const users = useUserPage(filters);
  const editor = useUserEditor({ kind: 'admin', tree }, users.reload);

  return (
    <Page
      title="用户管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={editor.openCreate} data-testid="create-user">
          新增用户
        </Button>
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <OrganisationTreeSelect
            tree={tree}
            allowClear
            placeholder="全部单位"
            style={{ width: 240 }}
            onChange={(orgId) => setFilters((current) => ({ ...current, orgId }))}
            data-testid="filter-organisation"
          />
          <Select<Role>
            allowClear
            placeholder="全部角色"
            style={{ width: 160 }}
            options={optionsOf(ROLE_LABELS)}
            onChange={(role) => setFilters((current) => ({ ...current, role }))}
            data-testid="filter-role"
          />
          <Input.Search
            allowClear
            placeholder="姓名、用户名或手机号"
            style={{ width: 260 }}
            onSearch={(q) => setFilters((current) => ({ ...current, q: q.trim() || undefined }))}
            data-testid="filter-q"
          />
        </Space>
        <UserTable state={users} onEdit={editor.openEdit} />
      </Card>
      {editor.modal}
    </Page>
  );
}
