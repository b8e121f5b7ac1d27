import { Card, Tabs } from 'antd';
import { Page } from '../../components/Page';
import { IncomingTable } from '../../desk/IncomingTable';
import { SearchPanel } from '../../desk/SearchPanel';

/** 编辑台: the queue of submitted items and the search over the committee's items. */
export function DeskPage() {
  return (
    <Page title="编辑台">
      <Card>
        <Tabs
          destroyOnHidden={false}
          items={[
            { key: 'incoming', label: '待阅选稿件', children: <IncomingTable /> },
            { key: 'search', label: '稿件检索', children: <SearchPanel /> },
          ]}
          data-testid="desk-tabs"
        />
      </Card>
    </Page>
  );
}
