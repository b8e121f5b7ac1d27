import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ADOPTED_KINDS, AdoptionKind } from '@sqmy/outcomes';
import { DataSource } from 'typeorm';
import { AdoptionCount, adoptionCounts } from '../dashboard/adoption-counts';
import { QuotasService, QuotaView } from '../quotas/quotas.service';
import { firstDay, lastDay, Period, periodLabel } from '../rankings/period';
import { RankingRow, RankingsService } from '../rankings/rankings.service';
import { reportLabel } from './report-period';

/** The figures of a 统计通报's period, each over the committee's subtree. */
export interface PeriodCounts {
  /** Items submitted (收集). */
  collected: number;
  /** Items in the committee's issues published in the period (编发). */
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
const chineseDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/**
 * The counts of a period over a subtree ($1 path pattern, $2/$3 first and last day, $4 the adopted
 * kinds): items by submission day (Asia/Shanghai), published issues by their publication day,
 * reports, adoptions and 批示 by their dates.
 */
const COUNTS_SQL = `
  WITH items AS (SELECT i.id, i.status, i.submitted_at FROM item i JOIN organisation u ON u.id = i.unit_id WHERE u.path LIKE $1),
       events AS (SELECT e.* FROM adoption_event e WHERE e.item_id IN (SELECT id FROM items) AND e.occurred_on BETWEEN $2::date AND $3::date),
       reports AS (SELECT r.* FROM item_report r WHERE r.item_id IN (SELECT id FROM items) AND r.reported_on BETWEEN $2::date AND $3::date)
  SELECT
    (SELECT count(*) FROM items WHERE status <> 'draft' AND (submitted_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2::date AND $3::date)::int AS collected,
    (SELECT count(DISTINCT x.item_id) FROM bulletin_issue_item x JOIN bulletin_issue b ON b.id = x.issue_id
      WHERE x.item_id IN (SELECT id FROM items) AND b.status = 'published'
        AND (b.published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2::date AND $3::date)::int AS "locallyPublished",
    (SELECT count(DISTINCT item_id) FROM reports WHERE level = 'province')::int AS "reportedProvince",
    (SELECT count(DISTINCT item_id) FROM reports WHERE level = 'national')::int AS "reportedNational",
    (SELECT count(DISTINCT item_id) FROM events WHERE level = 'city' AND (kind = 'compiled' OR kind = ANY($4::text[])))::int AS "adoptedCity",
    (SELECT count(DISTINCT item_id) FROM events WHERE level = 'province' AND kind = ANY($4::text[]))::int AS "adoptedProvince",
    (SELECT count(DISTINCT item_id) FROM events WHERE level = 'national' AND kind = ANY($4::text[]))::int AS "adoptedNational",
    (SELECT count(*) FROM events WHERE level IN ('province', 'national') AND kind = ANY($4::text[]))::int AS "adoptionOccurrences",
    (SELECT count(*) FROM leader_instruction l WHERE l.item_id IN (SELECT id FROM items) AND l.instructed_on BETWEEN $2::date AND $3::date)::int AS instructions`;

/** Gathers a committee's 统计通报 of a period: counts, adoptions by level and kind, the top 20s, quota progress. */
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
      this.dataSource.query<PeriodCounts[]>(COUNTS_SQL, [`${committee.path}%`, from, to, ADOPTED_KINDS as AdoptionKind[]]),
      adoptionCounts(this.dataSource.manager, committee.path, from, to),
      top('unit'),
      top('informant'),
      this.quotas.list({ committeeId, year: Math.floor(period.start / 12) }),
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
