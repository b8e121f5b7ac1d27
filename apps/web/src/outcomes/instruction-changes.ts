import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { InstructionChanges, InstructionView, LeaderLevel, Wire } from '@sqmy/contract';
import { isoDate } from '../format';

/** The register entry as its form holds it: dates as picked days, blanks as empty. */
export interface InstructionFormValues {
  leaderName: string;
  leaderLevel: LeaderLevel;
  instructedOn: Dayjs;
  text?: string;
  referredTo?: string;
  referredOn?: Dayjs | null;
  reply?: string;
  repliedOn?: Dayjs | null;
  closedOn?: Dayjs | null;
}

const TEXTS = ['text', 'referredTo', 'reply'] as const;
const DATES = ['referredOn', 'repliedOn', 'closedOn'] as const;

const day = (iso: string | null) => (iso ? dayjs(iso) : null);

export function formValuesOf(instruction: Wire<InstructionView>): InstructionFormValues {
  return {
    leaderName: instruction.leaderName,
    leaderLevel: instruction.leaderLevel,
    instructedOn: dayjs(instruction.instructedOn),
    text: instruction.text ?? '',
    referredTo: instruction.referredTo ?? '',
    referredOn: day(instruction.referredOn),
    reply: instruction.reply ?? '',
    repliedOn: day(instruction.repliedOn),
    closedOn: day(instruction.closedOn),
  };
}

/** Only what the form changed; a field emptied becomes null (cleared). */
export function changesOf(instruction: Wire<InstructionView>, values: InstructionFormValues): InstructionChanges {
  const changes: InstructionChanges = {};
  const leaderName = values.leaderName.trim();
  if (leaderName !== instruction.leaderName) changes.leaderName = leaderName;
  if (values.leaderLevel !== instruction.leaderLevel) changes.leaderLevel = values.leaderLevel;
  const instructedOn = isoDate(values.instructedOn);
  if (instructedOn !== instruction.instructedOn) changes.instructedOn = instructedOn;
  for (const field of TEXTS) {
    const text = values[field]?.trim() || null;
    if (text !== instruction[field]) changes[field] = text;
  }
  for (const field of DATES) {
    const date = values[field] ? isoDate(values[field]) : null;
    if (date !== instruction[field]) changes[field] = date;
  }
  return changes;
}
