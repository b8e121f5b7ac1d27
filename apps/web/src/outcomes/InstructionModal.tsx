import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { InstructionView, LeaderLevel, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { isoDate } from '../format';
import { InstructionFields } from './InstructionFields';
import { instructionsApi } from './outcomes-api';

interface InstructionFormValues {
  leaderName: string;
  leaderLevel: LeaderLevel;
  instructedOn: Dayjs;
  text?: string;
}

interface InstructionModalProps {
  itemId: string;
  onSaved(instruction: Wire<InstructionView>): void;
  onClose(): void;
}

/** 登记批示: a leader's written instruction on the item enters the register. */
export function InstructionModal({ itemId, onSaved, onClose }: InstructionModalProps) {
  const submit = async ({ leaderName, leaderLevel, instructedOn, text }: InstructionFormValues) =>
    onSaved(await instructionsApi.register(itemId, { leaderName: leaderName.trim(), leaderLevel, instructedOn: isoDate(instructedOn), text: text?.trim() || undefined }));
  return (
    <FormModal<InstructionFormValues>
      title="登记批示"
      okText="登记"
      testIdPrefix="instruction"
      initialValues={{ leaderLevel: LeaderLevel.City, instructedOn: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
    >
      <InstructionFields />
    </FormModal>
  );
}
