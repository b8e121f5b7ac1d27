import { Tag } from 'antd';
import type { InstructionStatus } from '@sqmy/contract';
import { INSTRUCTION_STATUS_COLORS, INSTRUCTION_STATUS_LABELS } from './outcome-labels';

export function InstructionStatusTag({ status }: { status: InstructionStatus }) {
  return (
    <Tag color={INSTRUCTION_STATUS_COLORS[status]} data-testid="instruction-status" data-status={status}>
      {INSTRUCTION_STATUS_LABELS[status]}
    </Tag>
  );
}
