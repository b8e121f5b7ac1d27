import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Figures, Summary, UnitFigures } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { tallyFiguresSql, tallyUnitsSql } from './figures-tally.sql';

/** This year in the committees' calendar (Asia/Shanghai). */
export const currentYear = (now = new Date()) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));

/**
 * The annual figures (年度统计) of an org and its subtree, and of each unit and committee under it, read from
 * the tallies beside them (test/support/figures-reference.ts is the plain-SQL reference they must equal).
 */
@Injectable()
export class FiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(orgId: string, year = currentYear()): Promise<Summary> {
    const [org] = await this.dataSource.query<(Summary['org'] & { path: string })[]>('SELECT id, name, kind, path FROM organisation WHERE id = $1', [orgId]);
    if (!org) throw AppError.notFound('组织', 'orgId');
    const tally = tallyFiguresSql(year, org.path);
    const [figures] = await this.dataSource.query<Figures[]>(tally.text, tally.values);
    return { org: { id: org.id, name: org.name, kind: org.kind }, year, ...figures };
  }

  /** One row per organisation strictly under the org, each over its own subtree: most items first. */
  async units(orgId: string, year = currentYear()): Promise<UnitFigures[]> {
    const [org] = await this.dataSource.query<{ path: string }[]>('SELECT path FROM organisation WHERE id = $1', [orgId]);
    if (!org) throw AppError.notFound('组织', 'orgId');
    const units = tallyUnitsSql(year, org.path);
    const rows = await this.dataSource.query<UnitFigures[]>(units.text, units.values);
    return rows.sort((a, b) => b.submitted - a.submitted || a.unitName.localeCompare(b.unitName, 'zh-CN'));
  }
}
