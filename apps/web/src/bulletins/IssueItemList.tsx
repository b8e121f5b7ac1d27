import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Empty } from 'antd';
import type { IssueItemView } from '@sqmy/contract';
import { restrictToVerticalAxis } from './drag-modifiers';
import { SortableIssueItem } from './SortableIssueItem';

interface IssueItemListProps {
  items: IssueItemView[];
  onReorder(items: IssueItemView[]): void;
  onNote(item: IssueItemView): void;
  onRemove(item: IssueItemView): void;
}

/** The draft's items in their printed order; drag a handle (or focus it and use the arrow keys) to reorder. */
export function IssueItemList({ items, onReorder, onNote, onRemove }: IssueItemListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((item) => item.itemId === active.id);
    const to = items.findIndex((item) => item.itemId === over.id);
    onReorder(arrayMove(items, from, to));
  };

  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期还没有稿件，请从已审核稿件中选用" />;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} modifiers={[restrictToVerticalAxis]} onDragEnd={onDragEnd}>
      <SortableContext items={items.map((item) => item.itemId)} strategy={verticalListSortingStrategy}>
        <ol className="issue-item-list" data-testid="issue-items">
          {items.map((item, index) => (
            <SortableIssueItem key={item.itemId} item={item} position={index + 1} onNote={onNote} onRemove={onRemove} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
