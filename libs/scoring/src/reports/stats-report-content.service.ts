import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodFigureColumns } from '../figures/figures.sql';
import { ADOPTED_KINDS, AdoptionCount, AdoptionKind, chineseDate, QuotaView, RankingRow } from '@sqmy/contract';
import { DataSource } from 'typeorm';
import { adoptionCounts } from '../dashboard/adoption-counts';
import { QuotasService } from '../quotas/quotas.service';
import { firstDay, lastDay, Period, periodLabel } from '../rankings/period';
import { RankingsService } from '../rankings/rankings.service';
import { reportLabel } from './report-period';

/** The figures of a 统计通报's period, each over the committee's subtree. */
export interface PeriodCounts {
  /** Items submitted (收集). */
  collected: number;
  /** Items in the subtree's published issues dated in the period (编发). */
  locallyPublished: number;
  reportedProvince: number;
  reportedNational: number;
  /** Items adopted at each level (the city: 编发 or an adopted kind). */
  adoptedCity: number;
  adoptedProvince: number;
  adoptedNational: number;
  /** Adoptions (件次) at province and national level. */
  adoptionOccurrences: number;
  /** Leaders' 批示. */
  instructions: number;
}

/** Everything a 统计通报 shows: the same content makes the same files. */
export interface StatsReportContent {
  committee: { id: string; name: string };
  title: string;
  periodText: string;
  /** The period's last day: the documents' date. */
  issuedOn: string;
  counts: PeriodCounts;
  adoptions: AdoptionCount[];
  units: RankingRow[];
  informants: RankingRow[];
  quotas: QuotaView[];
}

const TOP = 20;

/**
 * The counts of a period over a subtree ($1 the subtree's path, $2/$3 first and last day, $4 the
 * adopted kinds): the figures 年度统计 gives, by the same definitions (each by its own date: an
 * issue's 编发 by the date, not when it was entered), and the items adopted at city level.
 */
const COUNTS_SQL = `
  SELECT f.collected, f."locallyPublished", f."reportedProvince", f."reportedNational",
         (SELECT count(DISTINCT e.item_id) FROM adoption_event e JOIN item i ON i.id = e.item_id JOIN organisation u ON u.id = i.unit_id
           WHERE u.path LIKE $1::text || '%' AND e.level = 'city' AND (e.kind = 'compiled' OR e.kind = ANY($4::text[]))
             AND e.occurred_on BETWEEN $2::date AND $3::date)::int AS "adoptedCity",
         f."adoptedProvince", f."adoptedNational", f."adoptionOccurrences", (f.endorsements->>'total')::int AS instructions
    FROM (SELECT ${periodFigureColumns('$1::text', { from: '$2::date', until: '($3::date + 1)' }, '$4::text[]')}) f`;

/** Quota progress as it stood at the period's end (or now, while the period runs), not on the day the report is made. */
const asOfPeriodEnd = (lastDayOfPeriod: string, now = new Date()) => new Date(Math.min(now.getTime(), Date.parse(`${lastDayOfPeriod}T12:00:00+08:00`)));

/** Gathers a committee's 统计通报 of a period: counts, adoptions by level and kind, the top 20s, quota progress at the period's end. */
@Injectable()
export class StatsReportContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rankings: RankingsService,
    private readonly quotas: QuotasService,
  ) {}

  async gather(committeeId: string, period: Period): Promise<StatsReportContent> {
    const [committee] = await this.dataSource.query<{ id: string; name: string; path: string }[]>('SELECT id, name, path FROM organisation WHERE id = $1', [committeeId]);
    const from = firstDay(period);
    const to = lastDay(period);
    const top = (subject: 'unit' | 'informant') =>
      this.rankings.rank({ subject, orgId: committeeId, period, by: 'score', level: 'any', limit: TOP }).then((ranking) => ranking.rows);
    const [[counts], adoptions, units, informants, quotas] = await Promise.all([
      this.dataSource.query<PeriodCounts[]>(COUNTS_SQL, [committee.path, from, to, ADOPTED_KINDS as AdoptionKind[]]),
      adoptionCounts(this.dataSource.manager, committee.path, from, to),
      top('unit'),
      top('informant'),
      this.quotas.list({ committeeId, year: Math.floor(period.start / 12) }, asOfPeriodEnd(to)),
    ]);
    return {
      committee: { id: committee.id, name: committee.name },
      title: `${committee.name}${reportLabel(period)}`,
      periodText: `统计期间：${chineseDate(from)}至${chineseDate(to)}（${periodLabel(period)}）`,
      issuedOn: to,
      counts,
      adoptions,
      units,
      informants,
      quotas,
    };
  }
}
