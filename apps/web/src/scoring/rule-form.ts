import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { PointsTable, RuleSetFields, RuleSetView, Wire } from '@sqmy/contract';
import { isoDate } from '../format';

/** The rule set form's values: dates as pickers hold them. */
export type RuleFormValues = Omit<RuleSetFields, 'validFrom' | 'validTo'> & { validFrom: Dayjs; validTo?: Dayjs | null };

/** Blank cells are not sent: the kind scores nothing at that level. */
function filledPoints(points: PointsTable): PointsTable {
  const result: PointsTable = {};
  for (const [kind, levels] of Object.entries(points ?? {}) as [keyof PointsTable, Record<string, number | null>][]) {
    const filled = Object.fromEntries(Object.entries(levels ?? {}).filter((entry): entry is [string, number] => entry[1] !== null && entry[1] !== undefined));
    if (Object.keys(filled).length) result[kind] = filled;
  }
  return result;
}

export function fieldsOf(values: RuleFormValues): RuleSetFields {
  return {
    ...values,
    points: filledPoints(values.points),
    validFrom: isoDate(values.validFrom),
    validTo: values.validTo ? isoDate(values.validTo) : null,
  };
}

/** A form filled from a rule set; a new one starts from the given table (the default) on 1 January of this year. */
export function formValuesOf(rules: Wire<RuleSetView>, isNew: boolean): RuleFormValues {
  const { points, instructionPoints, memberBonus, commissionBonus, plagiarismPenalty, split, leadShare, unitCredit, mergedAuthorShare } = rules;
  return {
    name: isNew ? `${dayjs().year()}年计分办法` : rules.name,
    validFrom: isNew ? dayjs().startOf('year') : dayjs(rules.validFrom),
    validTo: isNew || !rules.validTo ? null : dayjs(rules.validTo),
    points,
    instructionPoints,
    memberBonus,
    commissionBonus,
    plagiarismPenalty,
    split,
    leadShare,
    unitCredit,
    mergedAuthorShare,
  };
}
