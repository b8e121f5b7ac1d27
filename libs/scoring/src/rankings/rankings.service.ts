import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AdoptionLevelKey, Ranking, RankingRow, RankingSubject } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { firstDay, lastDay, Period, periodView, previousPeriod, tallyGrain } from './period';
import { rankingSql } from './ranking.sql';
import { SUBJECT_SOURCES } from './ranking-subjects';

export interface RankingRequest {
  subject: RankingSubject;
  orgId: string;
  period: Period;
  by: 'score' | 'rate';
  level: AdoptionLevelKey;
  /** Rows to return; null: every row. */
  limit: number | null;
  offset?: number;
  /** Only this subject's row (its rank is still among all). */
  subjectId?: string;
}

/** Rankings read from the tallies: one statement per ranking, whatever the scale. */
@Injectable()
export class RankingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rank(request: RankingRequest): Promise<Ranking> {
    const org = await this.organisation(request.orgId);
    const { period, subject, by, level } = request;
    const previous = previousPeriod(period);
    const source = SUBJECT_SOURCES[subject];
    const ranking = rankingSql(source, by, level, period.kind === 'custom', {
      grain: tallyGrain(period),
      from: firstDay(period),
      to: lastDay(period),
      previousFrom: firstDay(previous),
      scopePattern: `${org.path}%`,
      limit: request.limit,
      offset: request.offset ?? 0,
      subjectId: request.subjectId ?? null,
    });
    const [{ total, rows }] = await this.dataSource.query<{ total: number; rows: RankingRow[] }[]>(ranking.text, ranking.values);
    const { from, to, label } = periodView(previous);
    return { subject, org: { id: org.id, name: org.name }, by, level, period: periodView(period), previous: { from, to, label }, total, rows };
  }

  private async organisation(id: string): Promise<{ id: string; name: string; path: string }> {
    const [org] = await this.dataSource.query<{ id: string; name: string; path: string }[]>('SELECT id, name, path FROM organisation WHERE id = $1', [id]);
    if (!org) throw AppError.notFound('组织', 'orgId');
    return org;
  }
}
