import { DistributionLine } from './distribution';
import { BulletinSeries } from './bulletin-series.entity';

export interface SeriesView {
  id: string;
  committee: { id: string; name: string };
  title: string;
  issuingUnit: string;
  marking: string;
  defaultDistribution: DistributionLine[];
  defaultCopies: number;
  createdAt: Date;
  updatedAt: Date;
}

export const seriesView = (series: BulletinSeries, committeeName: string): SeriesView => ({
  id: series.id,
  committee: { id: series.committeeId, name: committeeName },
  title: series.title,
  issuingUnit: series.issuingUnit,
  marking: series.marking,
  defaultDistribution: series.defaultDistribution,
  defaultCopies: series.defaultCopies,
  createdAt: series.createdAt,
  updatedAt: series.updatedAt,
});
