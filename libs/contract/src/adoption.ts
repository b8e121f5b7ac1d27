/** How far up an item was taken (DESIGN.md, "Upward reporting and adoption"). Persisted: never rename a value. */
export enum AdoptionLevel {
  City = 'city',
  Province = 'province',
  National = 'national',
}

/** What happened to an item at that level. Persisted: never rename a value. */
export enum AdoptionKind {
  /** 编发: put into the local bulletin. */
  Compiled = 'compiled',
  /** 单篇采用: adopted as its own piece. */
  SingleAdoption = 'single_adoption',
  /** 综合采用: merged into a composite upstream. */
  CompositeAdoption = 'composite_adoption',
  /** 转送采用: the original forwarded to departments. */
  Forwarded = 'forwarded',
  /** 专报: sent on as a special report to leaders. */
  SpecialReport = 'special_report',
  /** 领导批示: a leader's written instruction. */
  LeaderInstruction = 'leader_instruction',
  /** 转化为提案: turned into a proposal. */
  Proposal = 'proposal',
  /** 部门反馈: a department's reply. */
  DepartmentFeedback = 'department_feedback',
  /** 媒体刊发: carried by the media. */
  Media = 'media',
}

/** Adopted (采用) at a level: these kinds (contract, "Outcomes"); 编发, 批示 and the rest are counted apart. */
export const ADOPTED_KINDS: readonly AdoptionKind[] = [
  AdoptionKind.SingleAdoption,
  AdoptionKind.CompositeAdoption,
  AdoptionKind.Forwarded,
  AdoptionKind.SpecialReport,
];

/** Whether an event of `kind` is 采用 (one of ADOPTED_KINDS). */
export const isAdopted = (kind: string): boolean => (ADOPTED_KINDS as readonly string[]).includes(kind);

export const ADOPTION_LEVEL_LABELS: Record<AdoptionLevel, string> = {
  [AdoptionLevel.City]: '市级',
  [AdoptionLevel.Province]: '省级',
  [AdoptionLevel.National]: '全国',
};

export const ADOPTION_KIND_LABELS: Record<AdoptionKind, string> = {
  [AdoptionKind.Compiled]: '编发',
  [AdoptionKind.SingleAdoption]: '单篇采用',
  [AdoptionKind.CompositeAdoption]: '综合采用',
  [AdoptionKind.Forwarded]: '转送采用',
  [AdoptionKind.SpecialReport]: '专报',
  [AdoptionKind.LeaderInstruction]: '领导批示',
  [AdoptionKind.Proposal]: '转化为提案',
  [AdoptionKind.DepartmentFeedback]: '部门反馈',
  [AdoptionKind.Media]: '媒体刊发',
};
