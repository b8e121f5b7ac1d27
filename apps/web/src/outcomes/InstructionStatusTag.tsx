import { Tag } from 'antd';
import { INSTRUCTION_STATUS_LABELS, InstructionStatus } from '@sqmy/contract';
import { INSTRUCTION_STATUS_COLORS } from './outcome-labels';

export function InstructionStatusTag({ status }: { status: InstructionStatus }) {
  return (
    <Tag color={INSTRUCTION_STATUS_COLORS[status]} data-testid="instruction-status" data-status={status}>
      {INSTRUCTION_STATUS_LABELS[status]}
    </Tag>
  );
}
