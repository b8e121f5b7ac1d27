import { Button, Empty, Modal, Skeleton, Table } from 'antd';
import { useState } from 'react';
import type { ItemVersionRef, Wire } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { formatDateTime } from '../format';
import { happenedLabel } from './item-labels';
import { itemsApi } from './items-api';
import { ItemDocument } from './ItemDocument';

function VersionModal({ itemId, no, onClose }: { itemId: string; no: number; onClose(): void }) {
  const { data } = useLoad(() => itemsApi.version(itemId, no), [itemId, no]);
  return (
    <Modal open title={`第 ${no} 版全文`} width={760} footer={null} onCancel={onClose} data-testid="version-modal">
      {data ? (
        <>
          <div className="version-meta">
            {happenedLabel(data.reason)} · {formatDateTime(data.createdAt)}
          </div>
          <ItemDocument title={data.title} body={data.body} />
        </>
      ) : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </Modal>
  );
}

/** The stored versions of the text (one per submit and per edit); each opens in full. */
export function VersionList({ itemId, versions }: { itemId: string; versions: Wire<ItemVersionRef>[] }) {
  const [open, setOpen] = useState<number>();
  if (versions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="报送后保存第一版" style={{ margin: '8px 0' }} />;
  return (
    <>
      <Table<Wire<ItemVersionRef>>
        size="small"
        rowKey="no"
        pagination={false}
        dataSource={[...versions].reverse()}
        data-testid="version-list"
        columns={[
          {
            title: '版本',
            dataIndex: 'no',
            width: 76,
            render: (no: number) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(no)} data-testid={`version-${no}`}>
                第 {no} 版
              </Button>
            ),
          },
          {
            title: '说明',
            key: 'about',
            render: (_, version) => (
              <div>
                <div>{happenedLabel(version.reason)}</div>
                <div className="muted small">
                  {version.createdBy} · {formatDateTime(version.createdAt)}
                </div>
              </div>
            ),
          },
        ]}
      />
      {open !== undefined && <VersionModal itemId={itemId} no={open} onClose={() => setOpen(undefined)} />}
    </>
  );
}
