import { AdoptionKind, AdoptionLevel, InstructionStatus, LeaderLevel, LedgerImportStatus } from '@sqmy/contract';

/** Chinese names of the outcomes part's code values (plain data: also imported by test/browser). */
export const OUTCOME_LEVEL_LABELS: Record<AdoptionLevel, string> = {
  city: '市级',
  province: '省级',
  national: '全国',
};

export const ADOPTION_KIND_LABELS: Record<AdoptionKind, string> = {
  compiled: '编发',
  single_adoption: '单篇采用',
  composite_adoption: '综合采用',
  forwarded: '转送采用',
  special_report: '专报',
  leader_instruction: '领导批示',
  proposal: '转化为提案',
  department_feedback: '部门反馈',
  media: '媒体刊发',
};

/** The kinds an editor records by hand: 编发 comes from publishing an issue, 领导批示 from the 批示 register. */
export const RECORDABLE_KINDS: readonly AdoptionKind[] = [
  AdoptionKind.SingleAdoption,
  AdoptionKind.CompositeAdoption,
  AdoptionKind.Forwarded,
  AdoptionKind.SpecialReport,
  AdoptionKind.Proposal,
  AdoptionKind.DepartmentFeedback,
  AdoptionKind.Media,
];

export const LEADER_LEVEL_LABELS: Record<LeaderLevel, string> = {
  city: '市级',
  province: '省级',
  national: '国家级',
  department: '厅局级',
};

export const INSTRUCTION_STATUS_LABELS: Record<InstructionStatus, string> = {
  registered: '已登记',
  referred: '已转办',
  replied: '已回函',
  closed: '已办结',
};

export const INSTRUCTION_STATUS_COLORS: Record<InstructionStatus, string> = {
  registered: 'default',
  referred: 'processing',
  replied: 'warning',
  closed: 'success',
};

export const IMPORT_STATUS_LABELS: Record<LedgerImportStatus, string> = {
  queued: '排队中',
  running: '导入中',
  succeeded: '导入成功',
  failed: '导入失败',
};

export const IMPORT_STATUS_COLORS: Record<LedgerImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};
