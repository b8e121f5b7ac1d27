import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Dashboard, TrendMonth } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { FiguresService } from '../figures/figures.service';
import { DataSource } from 'typeorm';
import { QuotasService } from '../quotas/quotas.service';
import { adoptionCounts } from './adoption-counts';
import { firstDay, lastDay, yearPeriod } from '../rankings/period';
import { RankingsService } from '../rankings/rankings.service';

const TOP = 10;

/**
 * The research center's dashboard of an organisation's year: the annual figures, the months'
 * trend (the committees' — or a unit's — month tallies of the subtree), adoptions by level and
 * kind, the top informants and units, and the quotas that fall behind.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: FiguresService,
    private readonly rankings: RankingsService,
    private readonly quotas: QuotasService,
  ) {}

  async dashboard(orgId: string, year: number): Promise<Dashboard> {
    const [org] = await this.dataSource.query<{ path: string; kind: string; committeeId: string }[]>(
      'SELECT path, kind, committee_id AS "committeeId" FROM organisation WHERE id = $1',
      [orgId],
    );
    if (!org) throw AppError.notFound('组织', 'orgId');
    const top = (subject: 'informant' | 'unit') =>
      this.rankings.rank({ subject, orgId, period: yearPeriod(year), by: 'score', level: 'any', limit: TOP }).then((ranking) => ranking.rows);
    const [summary, trend, byLevelKind, topInformants, topUnits, behind] = await Promise.all([
      this.figures.summary(orgId, year),
      this.trend(org.path, org.kind === 'unit' ? 'unit' : 'committee', year),
      adoptionCounts(this.dataSource.manager, org.path, firstDay(yearPeriod(year)), lastDay(yearPeriod(year))),
      top('informant'),
      top('unit'),
      this.quotas.list({ committeeId: org.committeeId, year, behind: true }),
    ]);
    return { summary, trend, byLevelKind, topInformants, topUnits, behind };
  }

  private trend(path: string, subjectType: 'unit' | 'committee', year: number): Promise<TrendMonth[]> {
    return this.dataSource.query<TrendMonth[]>(
      `SELECT to_char(m, 'YYYY-MM') AS month, coalesce(sum(t.submitted), 0)::int AS submitted, coalesce(sum(t.adopted_city), 0)::int AS "adoptedCity",
              coalesce(sum(t.adopted_province), 0)::int AS "adoptedProvince", coalesce(sum(t.adopted_national), 0)::int AS "adoptedNational",
              coalesce(round(sum(t.points), 2), 0)::float8 AS points
         FROM generate_series(make_date($1, 1, 1), make_date($1, 12, 1), interval '1 month') m
         LEFT JOIN score_tally t ON t.grain = 'month' AND t.subject_type = $2 AND t.period = m::date AND t.scope_path LIKE $3
        GROUP BY m ORDER BY m`,
      [year, subjectType, `${path}%`],
    );
  }

}
