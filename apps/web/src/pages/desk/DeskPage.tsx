import { Card, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import type { DeskFilters } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { Page } from '../../components/Page';
import { deskApi } from '../../desk/desk-api';
import { DeskBoard } from '../../desk/DeskBoard';
import { DeskListPanel } from '../../desk/DeskListPanel';
import { SearchPanel } from '../../desk/SearchPanel';
import { useDeskItems } from '../../desk/use-desk-items';
import { useReferenceData } from '../../items/use-reference-data';

/** 编辑台: the board by state and each editor's load, the filtered list, and the search over the committee's items. */
export function DeskPage() {
  const [filters, setFilters] = useState<DeskFilters>({});
  const [tab, setTab] = useState('list');
  const summary = useLoad(deskApi.summary, []);
  const list = useDeskItems(filters);
  const refs = useReferenceData(false);
  const { reload: reloadSummary } = summary;
  const { reload: reloadList } = list;
  const onChanged = useCallback(() => {
    reloadList();
    void reloadSummary();
  }, [reloadList, reloadSummary]);

  const pick = (changes: DeskFilters) => {
    setFilters({ ...filters, ...changes });
    setTab('list');
  };

  return (
    <Page title="编辑台">
      <DeskBoard
        summary={summary.data}
        status={filters.status}
        assigneeId={filters.assigneeId}
        onStatus={(status) => pick({ status })}
        onAssignee={(assigneeId) => pick({ assigneeId, unassigned: undefined })}
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden={false}
          items={[
            {
              key: 'list',
              label: '稿件列表',
              children: (
                <DeskListPanel
                  filters={filters}
                  onFilters={setFilters}
                  list={list}
                  editors={summary.data?.editors ?? []}
                  refs={refs}
                  onChanged={onChanged}
                />
              ),
            },
            { key: 'search', label: '稿件检索', children: <SearchPanel /> },
          ]}
          data-testid="desk-tabs"
        />
      </Card>
    </Page>
  );
}
