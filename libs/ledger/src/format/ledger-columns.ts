import { AdoptionKind, LEADER_LEVEL_LABELS, LeaderLevel } from '@sqmy/contract';

/**
 * The columns of an office's ledger (台账), by header name (order free): what import reads and
 * export writes, so that export → import round-trips.
 */
export const LEDGER_COLUMNS = [
  '编号',
  '标题',
  '作者',
  '报送单位',
  '类别',
  '来稿日期',
  '市级编发期号',
  '报送省政协日期',
  '报送全国政协日期',
  '省政协采用',
  '全国政协采用',
  '领导批示',
  '备注',
] as const;

export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** Columns a ledger must have; the others may be left out of the header. */
export const REQUIRED_COLUMNS: readonly LedgerColumn[] = ['编号', '标题', '作者', '报送单位', '来稿日期'];

/** What an 采用 cell may say, and the adoption kind it records (专报 so that an export of native 专报 re-imports). */
export const ADOPTION_BY_LABEL: ReadonlyMap<string, AdoptionKind> = new Map([
  ['单篇', AdoptionKind.SingleAdoption],
  ['综合', AdoptionKind.CompositeAdoption],
  ['转送', AdoptionKind.Forwarded],
  ['专报', AdoptionKind.SpecialReport],
]);

export const ADOPTION_LABEL_OF: Partial<Record<AdoptionKind, string>> = Object.fromEntries([...ADOPTION_BY_LABEL].map(([label, kind]) => [kind, label]));

/** 级别 of a 批示 entry (市级 / 省级 / 国家级 / 厅局级). */
export const LEADER_LEVEL_BY_LABEL: ReadonlyMap<string, LeaderLevel> = new Map(
  Object.entries(LEADER_LEVEL_LABELS).map(([level, label]) => [label, level as LeaderLevel]),
);

/** Separators: co-authors by 、, 批示 entries by ；, the parts of an entry by a full- or half-width colon. */
export const AUTHOR_SEPARATOR = '、';
export const INSTRUCTION_SEPARATOR = '；';
