import { DataSource } from 'typeorm';
import { ADOPTED_KINDS } from '@sqmy/contract';
import { figureColumns } from './figures-reference';

/** One scoring event of an item: its points (the default table's) go to the authors equally, in full to the unit and the committee. */
export interface ScoredEvent {
  on: string;
  kind: string;
  level: string | null;
  points: number;
  source?: 'adoption' | 'instruction' | 'bonus' | 'penalty';
}

export interface ScoredItem {
  title: string;
  unitId: string;
  authorIds: string[];
  /** YYYY-MM-DD, or null for a draft. */
  submittedOn: string | null;
  adopted?: { city?: boolean; province?: boolean; national?: boolean };
  events?: ScoredEvent[];
  status?: string;
}

/**
 * Scored items written straight into the tables the scoring core fills — items, their adoption
 * events, their facts (item_score_fact), their score lines — and the tallies (score_tally, every grain) summed from
 * those lines and facts, so every figure a ranking shows drills down to its lines and items.
 */
export function scoringFixture(dataSource: DataSource) {
  return {
    /** Adds a user of an organisation (an informant by default) and returns its id. */
    async user(name: string, orgId: string, roles = ['informant']): Promise<string> {
      const [row] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO app_user (username, name, password_hash, roles, organisation_id) VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
        [`u${Math.random().toString(36).slice(2, 10)}`, name, roles, orgId],
      );
      return row.id;
    },

    async item(spec: ScoredItem): Promise<string> {
      const [{ committee_id: committeeId }] = await dataSource.query<{ committee_id: string }[]>('SELECT committee_id FROM organisation WHERE id = $1', [spec.unitId]);
      const [{ id }] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO item (committee_id, unit_id, lead_author_id, title, body, status, version, submitted_at)
         VALUES ($1, $2, $3, $4, '正文', $5, 1, $6::date::timestamp AT TIME ZONE 'Asia/Shanghai') RETURNING id`,
        [committeeId, spec.unitId, spec.authorIds[0], spec.title, spec.status ?? (spec.submittedOn ? 'submitted' : 'draft'), spec.submittedOn],
      );
      for (const [position, userId] of spec.authorIds.entries()) {
        await dataSource.query('INSERT INTO item_author (item_id, user_id, position) VALUES ($1, $2, $3)', [id, userId, position]);
      }
      const adopted = spec.adopted ?? {};
      await dataSource.query(
        `INSERT INTO item_score_fact (item_id, committee_id, unit_id, author_ids, submitted_on, adopted_city, adopted_province, adopted_national)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, committeeId, spec.unitId, spec.authorIds, spec.submittedOn, !!adopted.city, !!adopted.province, !!adopted.national],
      );
      for (const [index, event] of (spec.events ?? []).entries()) {
        let sourceRef = `fixture-${index}`;
        if ((event.source ?? 'adoption') === 'adoption') {
          const [adoption] = await dataSource.query<{ id: string }[]>(
            `INSERT INTO adoption_event (item_id, level, kind, outlet, occurred_on, created_by_id) VALUES ($1, $2, $3, '省政协《社情民意》', $4, $5) RETURNING id`,
            [id, event.level, event.kind, event.on, spec.authorIds[0]],
          );
          sourceRef = adoption.id;
        }
        const credits: [string, string, number][] = [
          ...spec.authorIds.map((author): [string, string, number] => ['informant', author, event.points / spec.authorIds.length]),
          ['unit', spec.unitId, event.points],
          ['committee', committeeId, event.points],
        ];
        for (const [subjectType, subjectId, points] of credits) {
          await dataSource.query(
            `INSERT INTO score_line (item_id, subject_type, subject_id, source, source_ref, kind, level, occurred_on, points, rule_set_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL)`,
            [id, subjectType, subjectId, event.source ?? 'adoption', sourceRef, event.kind, event.level, event.on, points],
          );
        }
      }
      return id;
    },

    /** Rebuilds score_tally from the lines and facts: points by line date, counts by submission date. */
    async tallies(): Promise<void> {
      await dataSource.query('DELETE FROM score_tally');
      await dataSource.query(`
        WITH credit AS (
          SELECT subject_type, subject_id, occurred_on AS day, points, 0 AS submitted, 0 AS city, 0 AS province, 0 AS national FROM score_line
          UNION ALL
          SELECT s.subject_type, s.subject_id, f.submitted_on, 0, 1, f.adopted_city::int, f.adopted_province::int, f.adopted_national::int
            FROM item_score_fact f
            CROSS JOIN LATERAL (SELECT 'informant' AS subject_type, a AS subject_id FROM unnest(f.author_ids) a
                                UNION ALL SELECT 'unit', f.unit_id UNION ALL SELECT 'committee', f.committee_id) s
           WHERE f.submitted_on IS NOT NULL
        ), sums AS (
          SELECT c.subject_type, c.subject_id, g.grain, date_trunc(g.grain, c.day)::date AS period, sum(c.points) AS points,
                 sum(c.submitted)::int AS submitted, sum(c.city)::int AS city, sum(c.province)::int AS province, sum(c.national)::int AS national,
                 sum(greatest(c.province, c.national))::int AS up, sum(greatest(c.city, c.province, c.national))::int AS any
            FROM credit c CROSS JOIN unnest(ARRAY['month', 'quarter', 'year']) g(grain)
           GROUP BY 1, 2, 3, 4
        )
        INSERT INTO score_tally (subject_type, subject_id, grain, period, scope_path, points, submitted, adopted_city, adopted_province, adopted_national, adopted_up, adopted_any)
        SELECT s.subject_type, s.subject_id, s.grain, s.period,
               coalesce((SELECT o.path FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = s.subject_id),
                        (SELECT o.path FROM organisation o WHERE o.id = s.subject_id)),
               s.points, s.submitted, s.city, s.province, s.national, s.up, s.any
          FROM sums s`);
      // The annual figures of each unit with items, by the reference SQL the scoring core is tested against.
      await dataSource.query('DELETE FROM org_year_tally');
      const years = await dataSource.query<{ year: number }[]>(
        `SELECT DISTINCT extract(year FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int AS year FROM item WHERE submitted_at IS NOT NULL`,
      );
      for (const { year } of years) {
        await dataSource.query(
          `INSERT INTO org_year_tally (org_id, year, org_path, collected, locally_published, reported_province, reported_national, reported_up,
                                       adopted_province, adopted_national, adopted_up, adoption_occurrences,
                                       endorsements_city, endorsements_province, endorsements_national, endorsements_department)
           SELECT unit.id, $1, unit.path, f.collected, f."locallyPublished", f."reportedProvince", f."reportedNational", f."reportedUp",
                  f."adoptedProvince", f."adoptedNational", f."adoptedUp", f."adoptionOccurrences",
                  (f.endorsements->>'city')::int, (f.endorsements->>'province')::int, (f.endorsements->>'national')::int, (f.endorsements->>'department')::int
             FROM organisation unit CROSS JOIN LATERAL (SELECT ${figureColumns('unit.path')}) f
            WHERE unit.id IN (SELECT unit_id FROM item)`,
          [year, ADOPTED_KINDS],
        );
      }
    },
  };
}

/** The id of a demo user by username. */
export async function userId(dataSource: DataSource, username: string): Promise<string> {
  const [row] = await dataSource.query<{ id: string }[]>('SELECT id FROM app_user WHERE username = $1', [username]);
  return row.id;
}

/**
 * A committee's scored 2024 (lines, facts and tallies as the scoring core writes them; points of
 * the default table, shared equally), small enough to rank by hand:
 *
 * 2024 | 张信息 (民盟)   item 1 (submitted 03-05): 编发 2 (03-20), 综合采用 province 2 + 转送采用 province 1 (04-10); item 2 (05-01) not adopted
 *      | 刘信息 (农业委) item 3 with 陈委员 (06-01): 专报 province 8 (06-20) → 4 each; item 4 (07-01): 转送采用 province 1 (07-15)
 *      | 陈委员 (工商联) item 3 only
 *      | 周联络 (民盟)   item 6 (08-01): 编发 2 (08-10), 转送采用 province 1 (09-01)
 *      | 王信息 (农业委) item 7 (09-01) not adopted
 *      | 赵信息 (工商联) item 8, submitted 2023-12-10: 单篇采用 national 20 (2024-01-15)
 * Scores 2024: 赵 20, 张 5, 刘 5, 陈 4, 周 3, 王 0 → ranks 1, 2, 2, 4, 5, 6.
 */
export async function scoredHistory2024(dataSource: DataSource, org: (name: string) => string): Promise<Record<string, string>> {
  const people: Record<string, string> = {};
  const scoring = scoringFixture(dataSource);
  people.张 = await userId(dataSource, 'informant');
  people.刘 = await userId(dataSource, 'informant2');
  people.陈 = await userId(dataSource, 'member');
  people.周 = await userId(dataSource, 'unitadmin');
  people.王 = await scoring.user('王信息', org('市政协农业和农村委员会'));
  people.赵 = await scoring.user('赵信息', org('晋中市工商联'));
  const mm = org('民盟晋中市委会');
  const farm = org('市政协农业和农村委员会');
  const trade = org('晋中市工商联');
  await scoring.item({
    title: '关于加快农村互助幸福院建设的建议',
    unitId: mm,
    authorIds: [people.张],
    submittedOn: '2024-03-05',
    adopted: { city: true, province: true },
    events: [
      { on: '2024-03-20', kind: 'compiled', level: 'city', points: 2 },
      { on: '2024-04-10', kind: 'composite_adoption', level: 'province', points: 2 },
      { on: '2024-04-10', kind: 'forwarded', level: 'province', points: 1 },
    ],
  });
  await scoring.item({ title: '关于规范校外培训的建议', unitId: mm, authorIds: [people.张], submittedOn: '2024-05-01' });
  await scoring.item({
    title: '关于完善农村医保的建议',
    unitId: farm,
    authorIds: [people.刘, people.陈],
    submittedOn: '2024-06-01',
    adopted: { province: true },
    events: [{ on: '2024-06-20', kind: 'special_report', level: 'province', points: 8 }],
  });
  await scoring.item({
    title: '关于发展特色农业的建议',
    unitId: farm,
    authorIds: [people.刘],
    submittedOn: '2024-07-01',
    adopted: { province: true },
    events: [{ on: '2024-07-15', kind: 'forwarded', level: 'province', points: 1 }],
  });
  await scoring.item({
    title: '关于民营企业融资的建议',
    unitId: mm,
    authorIds: [people.周],
    submittedOn: '2024-08-01',
    adopted: { city: true, province: true },
    events: [
      { on: '2024-08-10', kind: 'compiled', level: 'city', points: 2 },
      { on: '2024-09-01', kind: 'forwarded', level: 'province', points: 1 },
    ],
  });
  await scoring.item({ title: '关于乡村道路养护的建议', unitId: farm, authorIds: [people.王], submittedOn: '2024-09-01' });
  await scoring.item({
    title: '关于优化营商环境的建议',
    unitId: trade,
    authorIds: [people.赵],
    submittedOn: '2023-12-10',
    adopted: { national: true },
    events: [{ on: '2024-01-15', kind: 'single_adoption', level: 'national', points: 20 }],
  });
  await scoring.item({ title: '草稿不计', unitId: trade, authorIds: [people.赵], submittedOn: null });
  await scoring.tallies();
  return people;
}
