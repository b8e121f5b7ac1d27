import { ErrorDetail, InstructionStatus } from '@sqmy/contract';

/** The fields of a register entry that its status and its checks read. */
export interface InstructionProgress {
  instructedOn: string;
  referredTo: string | null;
  referredOn: string | null;
  reply: string | null;
  repliedOn: string | null;
  closedOn: string | null;
}

/**
 * Where an entry stands follows from its fields, the furthest step first: 办结日期 → closed,
 * 回函 → replied, 转办部门 → referred, else registered. The one rule, read both here and in SQL.
 */
const STEPS: readonly [InstructionStatus, keyof InstructionProgress, column: string][] = [
  [InstructionStatus.Closed, 'closedOn', 'closed_on'],
  [InstructionStatus.Replied, 'reply', 'reply'],
  [InstructionStatus.Referred, 'referredTo', 'referred_to'],
];

export function instructionStatus(entry: InstructionProgress): InstructionStatus {
  return STEPS.find(([, field]) => entry[field] !== null)?.[0] ?? InstructionStatus.Registered;
}

/** The same rule as a SQL expression over the `leader_instruction` row `alias`, for filtering. */
export function instructionStatusSql(alias: string): string {
  return `CASE ${STEPS.map(([status, , column]) => `WHEN ${alias}.${column} IS NOT NULL THEN '${status}'`).join(' ')} ELSE '${InstructionStatus.Registered}' END`;
}

/** The dates of an entry, in the order things happen. */
const DATE_ORDER: readonly [keyof InstructionProgress, string][] = [
  ['instructedOn', '批示日期'],
  ['referredOn', '转办日期'],
  ['repliedOn', '回函日期'],
  ['closedOn', '办结日期'],
];

/**
 * What is wrong with an entry, field by field: a reply (回函) needs a referral (转办) first, a date
 * needs what it dates, and no date may come before an earlier step's.
 */
export function instructionProblems(entry: InstructionProgress): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (entry.referredOn && !entry.referredTo) problems.push({ field: 'referredTo', message: '填写了转办日期，请填写转办部门' });
  if ((entry.reply || entry.repliedOn) && !entry.referredTo) problems.push({ field: entry.reply ? 'reply' : 'repliedOn', message: '尚未转办，不能登记回函' });
  if (entry.repliedOn && !entry.reply) problems.push({ field: 'reply', message: '填写了回函日期，请填写回函内容' });
  let latest: { date: string; label: string } | null = null;
  for (const [field, label] of DATE_ORDER) {
    const date = entry[field];
    if (!date) continue;
    if (latest && date < latest.date) problems.push({ field, message: `${label}不能早于${latest.label}（${latest.date}）` });
    else latest = { date, label };
  }
  return problems;
}
