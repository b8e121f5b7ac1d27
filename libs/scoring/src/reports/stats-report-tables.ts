import { QuotaView } from '@sqmy/contract';
import { PeriodCounts } from './stats-report-content.service';

/** The counts of the period as sentences and as label–value rows: one wording for both files. */
export const COUNT_LABELS: [keyof PeriodCounts, string][] = [
  ['collected', '收集信息（篇）'],
  ['locallyPublished', '编发信息（篇）'],
  ['reportedProvince', '报送省级（篇）'],
  ['reportedNational', '报送全国（篇）'],
  ['adoptedCity', '市级采用（篇）'],
  ['adoptedProvince', '省级采用（篇）'],
  ['adoptedNational', '全国采用（篇）'],
  ['adoptionOccurrences', '省级以上采用（件次）'],
  ['instructions', '领导批示（件）'],
];

export function countLines(counts: PeriodCounts): string[] {
  return [
    `本期共收集社情民意信息${counts.collected}篇，编发${counts.locallyPublished}篇；向省政协报送${counts.reportedProvince}篇，向全国政协报送${counts.reportedNational}篇。`,
    `市级采用${counts.adoptedCity}篇，省级采用${counts.adoptedProvince}篇，全国采用${counts.adoptedNational}篇，省级以上采用共${counts.adoptionOccurrences}件次；获领导批示${counts.instructions}件。`,
  ];
}

export const QUOTA_COLUMNS = ['对象', '周期', '任务数', '应完成', '已报送', '完成率', '状态'];

export function quotaCells(quotas: QuotaView[]): (string | number | null)[][] {
  return quotas.map((quota) => [
    quota.subject.name,
    quota.grain === 'month' ? '每月' : '全年',
    quota.target,
    quota.progress.due,
    quota.progress.done,
    quota.progress.ratio,
    quota.progress.behind ? '未完成' : '正常',
  ]);
}
