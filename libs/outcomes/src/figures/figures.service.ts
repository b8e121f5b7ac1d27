import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { tallyColumns } from './figures-tally.sql';

export interface Figures {
  collected: number;
  locallyPublished: number;
  issues: number;
  reportedProvince: number;
  reportedNational: number;
  reportedUp: number;
  adoptedProvince: number;
  adoptedNational: number;
  adoptedUp: number;
  adoptionOccurrences: number;
  endorsements: { total: number; city: number; province: number; national: number; department: number };
}

export type Summary = { org: { id: string; name: string; kind: string }; year: number } & Figures;

export interface UnitFigures {
  unitId: string;
  unitName: string;
  submitted: number;
  locallyPublished: number;
  reportedUp: number;
  adoptedUp: number;
}

/** This year in the committees' calendar (Asia/Shanghai). */
export const currentYear = (now = new Date()) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));

/**
 * The annual figures (年度统计) of an org and its subtree, and of each unit and committee under it, read from
 * the tallies libs/scoring maintains (figures.sql.ts is the plain-SQL reference they must equal).
 */
@Injectable()
export class FiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(orgId: string, year = currentYear()): Promise<Summary> {
    const [row] = await this.dataSource.query<(Summary['org'] & Figures)[]>(
      `SELECT o.id, o.name, o.kind, ${tallyColumns('o.path')} FROM organisation o WHERE o.id = $2`,
      [year, orgId],
    );
    if (!row) throw AppError.notFound('组织', 'orgId');
    const { id, name, kind, ...figures } = row;
    return { org: { id, name, kind }, year, ...figures };
  }

  /** One row per organisation strictly under the org, each over its own subtree: most items first. */
  async units(orgId: string, year = currentYear()): Promise<UnitFigures[]> {
    const rows = await this.dataSource.query<(UnitFigures & Figures)[]>(
      `SELECT d.id AS "unitId", d.name AS "unitName", f.*
         FROM organisation root
         JOIN organisation d ON d.path LIKE root.path || '%' AND d.id <> root.id
         CROSS JOIN LATERAL (SELECT ${tallyColumns('d.path')}) f
        WHERE root.id = $2`,
      [year, orgId],
    );
    return rows
      .map(({ unitId, unitName, collected, locallyPublished, reportedUp, adoptedUp }) => ({ unitId, unitName, submitted: collected, locallyPublished, reportedUp, adoptedUp }))
      .sort((a, b) => b.submitted - a.submitted || a.unitName.localeCompare(b.unitName, 'zh-CN'));
  }
}
