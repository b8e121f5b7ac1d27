/** The heads of a distribution line in the foot (报尾): 报 (up), 送 (across), 发 (down), or 主送 / 抄送. */
export const DISTRIBUTION_LABELS = ['报', '送', '发', '主送', '抄送'] as const;
export type DistributionLabel = (typeof DISTRIBUTION_LABELS)[number];

/** One line of the distribution list, e.g. `{label: '报', text: '省政协办公厅，市委、市人大、市政府、市政协领导'}`. */
export interface DistributionLine {
  label: DistributionLabel;
  text: string;
}

export const DEFAULT_COPIES = 30;
