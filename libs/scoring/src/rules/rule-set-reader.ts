import { DefaultRuleSet, RuleSetView } from '@sqmy/contract';
import { EntityManager } from 'typeorm';
import { DEFAULT_RULES } from '../engine/rule-table';
import { ScoringRuleSet } from './scoring-rule-set.entity';

/** The default table as the contract's `RuleSet` without id. */
export const defaultRuleSetView = (): DefaultRuleSet => ({ name: '默认计分办法', validFrom: null, validTo: null, ...structuredClone(DEFAULT_RULES) });

export async function ruleSetViews(manager: EntityManager, where: { committeeId?: string; id?: string }): Promise<RuleSetView[]> {
  const sets = await manager.find(ScoringRuleSet, { where, order: { validFrom: 'DESC' } });
  const names = new Map<string, string>(
    (await manager.query<{ id: string; name: string }[]>('SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])', [[...new Set(sets.map((s) => s.committeeId))]])).map((o) => [o.id, o.name]),
  );
  return sets.map(({ committeeId, createdById: _createdBy, ...set }) => ({ ...set, committee: { id: committeeId, name: names.get(committeeId) ?? '' } }));
}
