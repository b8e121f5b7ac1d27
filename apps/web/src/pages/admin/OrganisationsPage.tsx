import { EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Tree } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ORGANISATION_KIND_LABELS, OrganisationView } from '@sqmy/contract';
import type { Wire } from '@sqmy/contract';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { OrganisationFormModal } from '../../organisations/OrganisationFormModal';
import { mapTree } from '../../organisations/tree';
import { useOrganisations } from '../../organisations/use-organisations';
import { RosterImportModal } from '../../users/RosterImportModal';

interface TreeNode {
  key: string;
  title: ReactNode;
  children: TreeNode[];
}

type Dialog = 'child' | 'rename' | 'roster' | null;

function OrganisationTitle({ organisation }: { organisation: Wire<OrganisationView> }) {
  return (
    <span data-testid={`org-node-${organisation.name}`}>
      {organisation.name}
      <Tag style={{ marginInlineStart: 8 }} variant="filled">
        {ORGANISATION_KIND_LABELS[organisation.kind]}
      </Tag>
    </span>
  );
}

export function OrganisationsPage() {
  const me = useMe();
  const { organisations, tree, loading, reload } = useOrganisations();
  const { message } = App.useApp();
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const selected =
    organisations.find((organisation) => organisation.id === (selectedId ?? me.organisation.id)) ?? tree[0]?.organisation;
  const parent = organisations.find((organisation) => organisation.id === selected?.parentId);

  const treeData = mapTree<TreeNode>(tree, (organisation, children) => ({
    key: organisation.id,
    title: <OrganisationTitle organisation={organisation} />,
    children,
  }));

  const onSaved = async (organisation: Wire<OrganisationView>) => {
    message.success(dialog === 'child' ? `已新增「${organisation.name}」` : '已重命名');
    setDialog(null);
    await reload();
    setSelectedId(organisation.id);
  };

  return (
    <Page title="组织机构">
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title="机构树" loading={loading && organisations.length === 0}>
            {treeData.length ? (
              <Tree
                key={organisations.length}
                showLine
                defaultExpandAll
                blockNode
                treeData={treeData}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
                data-testid="organisation-tree"
              />
            ) : (
              <Empty description="暂无机构" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {selected && (
            <Card
              title={selected.name}
              data-testid="organisation-detail"
              extra={
                <Space>
                  <Button icon={<PlusOutlined />} type="primary" onClick={() => setDialog('child')} data-testid="create-child-organisation">
                    新增下级机构
                  </Button>
                  <Button icon={<EditOutlined />} onClick={() => setDialog('rename')} data-testid="rename-organisation">
                    重命名
                  </Button>
                  <Button icon={<ImportOutlined />} onClick={() => setDialog('roster')} data-testid="import-roster">
                    导入信息员名册
                  </Button>
                </Space>
              }
            >
              <Descriptions
                column={1}
                items={[
                  { key: 'name', label: '机构名称', children: selected.name },
                  { key: 'kind', label: '机构类型', children: ORGANISATION_KIND_LABELS[selected.kind] },
                  { key: 'parent', label: '上级机构', children: parent?.name ?? '—' },
                  {
                    key: 'children',
                    label: '下级机构',
                    children: organisations.filter((organisation) => organisation.parentId === selected.id).length,
                  },
                ]}
              />
            </Card>
          )}
        </Col>
      </Row>
      {selected && (dialog === 'child' || dialog === 'rename') && (
        <OrganisationFormModal mode={dialog} organisation={selected} onSaved={onSaved} onClose={() => setDialog(null)} />
      )}
      {selected && dialog === 'roster' && (
        <RosterImportModal organisation={selected} onImported={() => undefined} onClose={() => setDialog(null)} />
      )}
    </Page>
  );
}
