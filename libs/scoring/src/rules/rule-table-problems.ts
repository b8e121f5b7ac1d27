import { AdoptionKind, AdoptionLevel, ErrorDetail, LeaderLevel } from '@sqmy/contract';

const KINDS: readonly string[] = Object.values(AdoptionKind).filter((kind) => kind !== AdoptionKind.LeaderInstruction);
const LEVELS: readonly string[] = Object.values(AdoptionLevel);
const LEADER_LEVELS: readonly string[] = Object.values(LeaderLevel);

const pointProblem = (field: string, value: unknown): ErrorDetail[] => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ field, message: '分值必须是数字' }];
  if (value < 0) return [{ field, message: '分值不能为负数' }];
  if (value > 100_000) return [{ field, message: '分值过大' }];
  return [];
};

/**
 * What is wrong with a points table and the 批示 points: keys must be adoption kinds (批示 have their
 * own table) and levels, values non-negative numbers. Each problem names its field, e.g.
 * `points.single_adoption.province`.
 */
export function ruleTableProblems(points: unknown, instructionPoints: unknown): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (points !== undefined) {
    for (const [kind, levels] of Object.entries(points as Record<string, unknown>)) {
      if (!KINDS.includes(kind)) problems.push({ field: `points.${kind}`, message: `未知的采用类型 ${kind}` });
      else if (typeof levels !== 'object' || levels === null || Array.isArray(levels)) problems.push({ field: `points.${kind}`, message: '应为 {级别: 分值}' });
      else {
        for (const [level, value] of Object.entries(levels)) {
          if (!LEVELS.includes(level)) problems.push({ field: `points.${kind}.${level}`, message: `未知的级别 ${level}` });
          else problems.push(...pointProblem(`points.${kind}.${level}`, value));
        }
      }
    }
  }
  if (instructionPoints !== undefined) {
    for (const [level, value] of Object.entries(instructionPoints as Record<string, unknown>)) {
      if (!LEADER_LEVELS.includes(level)) problems.push({ field: `instructionPoints.${level}`, message: `未知的批示级别 ${level}` });
      else problems.push(...pointProblem(`instructionPoints.${level}`, value));
    }
  }
  return problems;
}
