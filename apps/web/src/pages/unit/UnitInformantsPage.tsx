import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { RosterImportModal } from '../../users/RosterImportModal';
import { useUserEditor } from '../../users/use-user-editor';
import { useUserPage } from '../../users/use-user-page';
import { UserTable } from '../../users/UserTable';

export function UnitInformantsPage() {
  const me = useMe();
  const [q, setQ] = useState<string>();
  const [importing, setImporting] = useState(false);
  const users = useUserPage({ orgId: me.organisation.id, q });
  const editor = useUserEditor({ kind: 'unit', orgId: me.organisation.id }, users.reload);

  return (
    <Page
      title={`单位信息员 · ${me.organisation.name}`}
      extra={
        <Space>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-roster">
            导入名册
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={editor.openCreate} data-testid="create-informant">
            添加信息员
          </Button>
        </Space>
      }
    >
      <Card>
        <Input.Search
          allowClear
          placeholder="姓名、用户名或手机号"
          style={{ width: 260, marginBottom: 16 }}
          onSearch={(value) => setQ(value.trim() || undefined)}
        />
        <UserTable state={users} onEdit={editor.openEdit} showOrganisation={false} />
      </Card>
      {editor.modal}
      {importing && <RosterImportModal organisation={me.organisation} onImported={users.reload} onClose={() => setImporting(false)} />}
    </Page>
  );
}
