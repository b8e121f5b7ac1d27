import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { ADOPTION_KIND_LABELS, AdoptionLevelKey, Drilldown, DrilldownItem, DrilldownLine, Permission, RankingSubject, ScoreSubjectType } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { adoptedAt } from './adopted-level';
import { firstDay, lastDay, Period, periodView } from './period';
import { SUBJECT_SOURCES } from './ranking-subjects';

/** What the kinds of bonus and penalty lines are called (adoption kinds have their labels in outcomes). */
const LINE_KIND_LABELS: Record<string, string> = {
  ...ADOPTION_KIND_LABELS,
  member_bonus: '委员加分',
  commission_bonus: '约稿加分',
  plagiarism: '抄袭扣分',
};

/** Which of the cohort's items belong to a subject (item_score_fact columns). */
const COHORT_MEMBER: Record<ScoreSubjectType, string> = {
  [ScoreSubjectType.Informant]: '$1 = ANY(f.author_ids)',
  [ScoreSubjectType.Unit]: 'f.unit_id = $1',
  [ScoreSubjectType.Committee]: 'f.committee_id = $1',
};

/** A subject's figures of a period, traced: its score lines, and the items of its 采用率 cohort. */
@Injectable()
export class DrilldownService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async drilldown(principal: Principal, subject: RankingSubject, subjectId: string, period: Period, level: AdoptionLevelKey): Promise<Drilldown> {
    const source = SUBJECT_SOURCES[subject];
    const [found] = await this.dataSource.query<{ id: string; name: string; path: string }[]>(`SELECT id, name, path FROM ${source.relation} s WHERE s.id = $1`, [subjectId]);
    if (!found) throw AppError.notFound(source.noun, 'subjectId');
    this.policy.assert(principal, Permission.RankingsRead, { organisationPath: found.path });
    const range = [subjectId, firstDay(period), lastDay(period)];
    const lines = await this.dataSource.query<DrilldownLine[]>(
      `SELECT json_build_object('id', i.id, 'title', i.title) AS item, l.source, l.kind, l.level, l.occurred_on::text AS "occurredOn",
              l.points::float8 AS points, CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name) END AS "ruleSet"
         FROM score_line l JOIN item i ON i.id = l.item_id LEFT JOIN scoring_rule_set r ON r.id = l.rule_set_id
        WHERE l.subject_type = $4 AND l.subject_id = $1 AND l.occurred_on BETWEEN $2::date AND $3::date
        ORDER BY l.occurred_on, l.id`,
      [...range, source.type],
    );
    const items = await this.dataSource.query<DrilldownItem[]>(
      `SELECT i.id, i.title, f.submitted_on::text AS "submittedOn", f.adopted_city AS "adoptedCity",
              f.adopted_province AS "adoptedProvince", f.adopted_national AS "adoptedNational"
         FROM item_score_fact f JOIN item i ON i.id = f.item_id
        WHERE ${COHORT_MEMBER[source.type]} AND f.submitted_on BETWEEN $2::date AND $3::date
        ORDER BY f.submitted_on, i.title`,
      range,
    );
    const score = Math.round(lines.reduce((sum, line) => sum + line.points, 0) * 100) / 100;
    return {
      subject: { id: found.id, name: found.name },
      period: periodView(period),
      score,
      submitted: items.length,
      adopted: items.filter((item) => adoptedAt(level, item)).length,
      lines: lines.map((line) => ({ ...line, kindLabel: LINE_KIND_LABELS[line.kind] ?? line.kind })),
      items,
    };
  }
}

