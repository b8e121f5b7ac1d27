import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { Role, Standing, StandingFigures } from '@sqmy/contract';
import { DataSource } from 'typeorm';
import { QuotasService } from '../quotas/quotas.service';
import { yearPeriod } from '../rankings/period';
import { RankingsService } from '../rankings/rankings.service';

/** One's own standing in the committee's year: score and rank as an informant, the own unit's for a unit liaison, and their quotas. */
@Injectable()
export class StandingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rankings: RankingsService,
    private readonly quotas: QuotasService,
  ) {}

  async standing(principal: Principal, year: number): Promise<Standing> {
    const isInformant = principal.roles.includes(Role.Informant);
    const isUnitAdmin = principal.roles.includes(Role.UnitAdmin);
    const [informant, unit, quotas] = await Promise.all([
      isInformant ? this.figures(principal, 'informant', principal.id, year) : null,
      isUnitAdmin ? this.unit(principal, year) : null,
      this.quotas.list({ year, subjectIds: [principal.id, ...(isUnitAdmin ? [principal.organisationId] : [])] }),
    ]);
    return { informant, unit, quotas };
  }

  private async unit(principal: Principal, year: number): Promise<Standing['unit']> {
    const [[unit], figures] = await Promise.all([
      this.dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM organisation WHERE id = $1', [principal.organisationId]),
      this.figures(principal, 'unit', principal.organisationId, year),
    ]);
    return { id: unit.id, name: unit.name, ...figures };
  }

  private async figures(principal: Principal, subject: 'informant' | 'unit', subjectId: string, year: number): Promise<StandingFigures> {
    const ranking = await this.rankings.rank({ subject, orgId: principal.committeeId, period: yearPeriod(year), by: 'score', level: 'any', limit: 1, subjectId });
    const [row] = ranking.rows;
    return row
      ? { score: row.score, rank: row.rank, of: ranking.total, submitted: row.submitted, adopted: row.adopted, rate: row.rate }
      : { score: 0, rank: null, of: ranking.total, submitted: 0, adopted: 0, rate: null };
  }
}
