import { MergeCellsOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { Key } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DeskFilters, DeskItem, EditorLoad, Wire } from '@sqmy/contract';
import { Permission } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useMe } from '../auth/AuthProvider';
import { useCan } from '../auth/use-can';
import type { ReferenceData } from '../items/use-reference-data';
import { assignItem } from './assign-moves';
import { AssignModal } from './AssignModal';
import { conflictGuard } from './conflict-guard';
import { deskLink } from './desk-links';
import { DeskFilterBar } from './DeskFilterBar';
import { DeskItemTable } from './DeskItemTable';
import { MergeModal } from './MergeModal';
import type { DeskItemsState } from './use-desk-items';

interface DeskListPanelProps {
  filters: DeskFilters;
  onFilters(filters: DeskFilters): void;
  list: DeskItemsState;
  editors: EditorLoad[];
  refs: ReferenceData;
  /** Something moved: the list and the board count again. */
  onChanged(): void;
}

/** The desk's list with its filters: 领取 and 分派 in the rows, tick two or more to 综合. */
export function DeskListPanel({ filters, onFilters, list, editors, refs, onChanged }: DeskListPanelProps) {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const editor = useCan()(Permission.ItemsScreen);
  const [selected, setSelected] = useState<Key[]>([]);
  const [merging, setMerging] = useState(false);
  const [assigning, setAssigning] = useState<Wire<DeskItem>>();
  const [busyId, setBusyId] = useState<string>();
  /** Someone moved the item first (409): the list and the board load afresh. */
  const guard = conflictGuard(onChanged);

  const claim = async (item: Wire<DeskItem>) => {
    setBusyId(item.id);
    try {
      await guard(() => assignItem(item, undefined, me.id));
      message.success(`已领取《${item.title}》`);
      onChanged();
    } catch (error) {
      showError(error);
    } finally {
      setBusyId(undefined);
    }
  };

  const assign = async (item: Wire<DeskItem>, assigneeId: string) => {
    await guard(() => assignItem(item, assigneeId, me.id));
    const name = editors.find((candidate) => candidate.id === assigneeId)?.name ?? '编辑';
    message.success(`已分派给${name}`);
    setAssigning(undefined);
    onChanged();
  };

  return (
    <div data-testid="desk-list">
      <DeskFilterBar filters={filters} editors={editors} refs={refs} onChange={onFilters} />
      {editor && (
        <div className="desk-toolbar">
          <Button icon={<MergeCellsOutlined />} disabled={selected.length < 2} onClick={() => setMerging(true)} data-testid="merge-open">
            综合{selected.length > 0 ? `（已选 ${selected.length} 篇）` : ''}
          </Button>
          <span className="muted small">勾选两篇以上内容相近的稿件，可综合成一篇。</span>
        </div>
      )}
      <DeskItemTable
        state={list}
        selected={editor ? selected : undefined}
        onSelect={editor ? setSelected : undefined}
        myId={me.id}
        busyId={busyId}
        onClaim={claim}
        onAssign={setAssigning}
      />
      {assigning && (
        <AssignModal
          title={`分派《${assigning.title}》`}
          editors={editors}
          currentId={assigning.assignee?.id}
          onSubmit={(assigneeId) => assign(assigning, assigneeId)}
          onClose={() => setAssigning(undefined)}
        />
      )}
      {merging && (
        <MergeModal
          itemIds={selected.map(String)}
          refs={refs}
          onClose={() => setMerging(false)}
          onMerged={(combined) => {
            message.success('已综合成稿');
            navigate(deskLink(combined.id));
          }}
        />
      )}
    </div>
  );
}
