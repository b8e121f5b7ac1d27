import { SeriesView } from '@sqmy/contract';
import { BulletinSeries } from './bulletin-series.entity';

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
