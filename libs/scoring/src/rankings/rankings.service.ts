import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { AdoptionLevelKey } from './adopted-level';
import { firstDay, lastDay, Period, periodView, PeriodView, previousPeriod, tallyGrain } from './period';
import { rankingSql } from './ranking.sql';
import { RankingSubject, SUBJECT_SOURCES } from './ranking-subjects';

export interface RankingRow {
  rank: number;
  previousRank: number | null;
  change: number | null;
  subject: { id: string; name: string; orgName: string | null };
  score: number;
  submitted: number;
  adopted: number;
  rate: number | null;
}

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

export interface Ranking {
  subject: RankingSubject;
  org: { id: string; name: string };
  by: 'score' | 'rate';
  level: AdoptionLevelKey;
  period: PeriodView;
  previous: Omit<PeriodView, 'grain'>;
  total: number;
  rows: RankingRow[];
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
    const [{ total, rows }] = await this.dataSource.query<{ total: number; rows: RankingRow[] }[]>(rankingSql(source, by, level, period.kind === 'custom'), [
      tallyGrain(period),
      source.type,
      firstDay(period),
      lastDay(period),
      firstDay(previous),
      `${org.path}%`,
      request.limit,
      request.offset ?? 0,
      request.subjectId ?? null,
    ]);
    const { from, to, label } = periodView(previous);
    return { subject, org: { id: org.id, name: org.name }, by, level, period: periodView(period), previous: { from, to, label }, total, rows };
  }

  private async organisation(id: string): Promise<{ id: string; name: string; path: string }> {
    const [org] = await this.dataSource.query<{ id: string; name: string; path: string }[]>('SELECT id, name, path FROM organisation WHERE id = $1', [id]);
    if (!org) throw AppError.notFound('组织', 'orgId');
    return org;
  }
}
