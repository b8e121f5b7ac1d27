import { Button, Space, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import type { InstructionView, Wire } from '@sqmy/contract';
import { formatDate } from '../format';
import { DeleteButton } from './DeleteButton';
import { InstructionProgress } from './InstructionProgress';
import { InstructionStatusTag } from './InstructionStatusTag';
import { SourceTag } from './SourceTag';

interface InstructionListProps {
  instructions: Wire<InstructionView>[];
  /** Editors: 办理 (referral, reply, closure) and 删除. */
  editing?: { onEdit(instruction: Wire<InstructionView>): void; onDelete(instruction: Wire<InstructionView>): Promise<void> };
}

/** 领导批示 on the item, with their referral, reply and closure. */
export function InstructionList({ instructions, editing }: InstructionListProps) {
  return (
    <Table<Wire<InstructionView>>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={instructions}
      locale={{ emptyText: '暂无领导批示' }}
      data-testid="outcome-instructions"
      onRow={(instruction) => ({ 'data-testid': 'instruction-row', 'data-status': instruction.status }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: '批示日期', dataIndex: 'instructedOn', width: 110, render: formatDate },
        {
          title: '批示',
          key: 'leader',
          render: (_, instruction) => (
            <>
              {instruction.leaderLevelLabel} · {instruction.leaderName} <SourceTag source={instruction.source} />
              {instruction.text && <div className="outcome-note">{instruction.text}</div>}
            </>
          ),
        },
        { title: '办理情况', key: 'progress', width: 220, render: (_, instruction) => <InstructionProgress instruction={instruction} /> },
        { title: '状态', dataIndex: 'status', width: 80, render: (_, instruction) => <InstructionStatusTag status={instruction.status} /> },
        ...(editing
          ? [
              {
                title: '',
                key: 'actions',
                width: 96,
                render: (_: unknown, instruction: Wire<InstructionView>) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => editing.onEdit(instruction)} data-testid="instruction-edit">
                      办理
                    </Button>
                    <DeleteButton title="删除这条批示登记？" testId="instruction-delete" onConfirm={() => editing.onDelete(instruction)} />
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
