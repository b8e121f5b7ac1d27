import { DeleteOutlined, EditOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { IssueItemView } from '@sqmy/contract';

interface SortableIssueItemProps {
  item: IssueItemView;
  position: number;
  onNote(item: IssueItemView): void;
  onRemove(item: IssueItemView): void;
}

/** One item of a draft issue: its place, a handle to drag it by, its note (按), 按语 and 移出. */
export function SortableIssueItem({ item, position, onNote, onRemove }: SortableIssueItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.itemId });
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={isDragging ? 'issue-item dragging' : 'issue-item'}
      data-testid="issue-item"
      data-item-id={item.itemId}
    >
      <button type="button" ref={setActivatorNodeRef} className="issue-item-handle" aria-label={`拖动调整《${item.title}》的顺序`} data-testid="issue-item-handle" {...attributes} {...listeners}>
        <HolderOutlined />
      </button>
      <span className="issue-item-position">{position}</span>
      <div className="issue-item-main">
        <Link to={`/desk/items/${item.itemId}`} target="_blank" className="issue-item-title" data-testid="issue-item-title">
          {item.title}
        </Link>
        <div className="issue-item-byline">{item.byline}</div>
        {item.editorNote && (
          <Typography.Paragraph className="issue-item-note" ellipsis={{ rows: 2 }} data-testid="issue-item-note">
            按：{item.editorNote}
          </Typography.Paragraph>
        )}
      </div>
      <Space size={4}>
        <Button size="small" icon={<EditOutlined />} onClick={() => onNote(item)} data-testid="issue-item-note-edit">
          按语
        </Button>
        <Popconfirm title={`将《${item.title}》移出本期？`} okText="移出" cancelText="取消" onConfirm={() => onRemove(item)}>
          <Button size="small" danger icon={<DeleteOutlined />} data-testid="issue-item-remove">
            移出
          </Button>
        </Popconfirm>
      </Space>
    </li>
  );
}
