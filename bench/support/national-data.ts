/**
 * A national-scale dataset for the scoring benchmark, generated in PostgreSQL by set-based SQL
 * (generate_series and a seeded hash for randomness: the same seed gives the same data, whatever
 * the order rows are produced in). The tree 全国政协 → 31 provinces → cities → counties, with
 * reporting units under provinces and cities; informants in units and committees (a mix of
 * identities, members among them); items over three calendar years with 1–3 authors of one
 * organisation, statuses, some commissioned, some merged into combined items (综合稿); adoption
 * events in a realistic mix of kinds and levels (编发 through published issues of the committee's
 * series), reports up, 批示 and a few penalties.
 */
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';

export interface NationalSizes {
  items: number;
  informants: number;
  /** Organisations in all (national, provinces, cities, counties, units). */
  organisations: number;
  events: number;
  seed: number;
  /** The first of the three calendar years. */
  firstYear: number;
}

export interface NationalData {
  counts: Record<string, number>;
  /** Milliseconds per step, and the whole. */
  stepsMs: Record<string, number>;
  loadMs: number;
}

export const PROVINCES = [
  '北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省',
  '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市',
  '四川省', '贵州省', '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区',
];
const PARTIES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '工商联'];
const CITIES = 330;
const UNITS_PER_PROVINCE = 4;
const UNITS_PER_CITY = 3;
/** Informants are not signed in: a placeholder that is no argon2 hash. */
const NO_PASSWORD = '!bench-no-login';

/**
 * Adoption kinds and levels with their share of the events that are not 编发 (all with points in
 * the default table, so every event is a scoring event).
 */
const EVENT_MIX: [kind: string, level: string, weight: number][] = [
  ['single_adoption', 'province', 22],
  ['single_adoption', 'national', 4],
  ['composite_adoption', 'province', 12],
  ['composite_adoption', 'national', 3],
  ['forwarded', 'province', 9],
  ['forwarded', 'national', 2],
  ['special_report', 'province', 3],
  ['special_report', 'national', 1],
  ['proposal', 'city', 6],
  ['proposal', 'province', 2],
  ['department_feedback', 'city', 14],
  ['media', 'city', 16],
  ['media', 'province', 6],
];
/** Of all events, the share that are 编发 (city, through a published issue). */
const COMPILED_SHARE = 0.35;

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Fills an empty, migrated database. `log` prints progress. */
export async function generateNational(db: Client, sizes: NationalSizes, log: (line: string) => void): Promise<NationalData> {
  const t0 = performance.now();
  const stepsMs: Record<string, number> = {};
  const step = async (name: string, sql: string) => {
    const started = performance.now();
    await db.query(sql);
    stepsMs[name] = Math.round(performance.now() - started);
  };
  const counties = sizes.organisations - 1 - PROVINCES.length - CITIES - PROVINCES.length * UNITS_PER_PROVINCE - CITIES * UNITS_PER_CITY;
  if (counties < 1) throw new Error(`BENCH_ORGS must be above ${sizes.organisations - counties + 1}`);
  const seed = sizes.seed;
  const y0 = sizes.firstYear;
  const days = `(make_date(${y0 + 3}, 1, 1) - make_date(${y0}, 1, 1))`;
  // A uniform number in [0, 1) from (n, salt): the same for the same seed, whatever the row order.
  await db.query(`CREATE FUNCTION bench_rand(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8extended(n * 64 + salt, ${seed}) & 281474976710655)::float8 / 281474976710656.0 $$`);
  await db.query(`CREATE FUNCTION bench_uuid(tag text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT overlay(overlay(md5(tag || ':' || n || ':' || ${seed}) placing '4' from 13) placing '8' from 17)::uuid $$`); // version 4 in form
  await db.query('SET synchronous_commit = off');
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET maintenance_work_mem = '512MB'`);

  // ── organisations ──
  await step(
    'organisations',
    `
    INSERT INTO organisation (id, name, kind, parent_id, path, committee_id)
    SELECT bench_uuid('org', 0), '全国政协', 'national', NULL, '/' || bench_uuid('org', 0) || '/', bench_uuid('org', 0);
    INSERT INTO organisation (id, name, kind, parent_id, path, committee_id)
    SELECT id, name || '政协', 'provincial', n.id0, n.path || id || '/', id
      FROM (SELECT p, bench_uuid('province', p) AS id, (ARRAY[${PROVINCES.map(sqlText).join(',')}])[p] AS name FROM generate_series(1, ${PROVINCES.length}) p) x,
           (SELECT id AS id0, path FROM organisation WHERE kind = 'national') n;
    INSERT INTO organisation (id, name, kind, parent_id, path, committee_id)
    SELECT bench_uuid('city', c), replace(replace(p.name, '政协', ''), '省', '') || '第' || (c / ${PROVINCES.length} + 1) || '市政协', 'city', p.id,
           p.path || bench_uuid('city', c) || '/', bench_uuid('city', c)
      FROM generate_series(0, ${CITIES - 1}) c JOIN organisation p ON p.id = bench_uuid('province', c % ${PROVINCES.length} + 1);
    INSERT INTO organisation (id, name, kind, parent_id, path, committee_id)
    SELECT bench_uuid('county', k), replace(ci.name, '政协', '') || '第' || (k / ${CITIES} + 1) || '县政协', 'county', ci.id,
           ci.path || bench_uuid('county', k) || '/', bench_uuid('county', k)
      FROM generate_series(0, ${counties - 1}) k JOIN organisation ci ON ci.id = bench_uuid('city', k % ${CITIES});
    INSERT INTO organisation (id, name, kind, parent_id, path, committee_id)
    SELECT bench_uuid('unit', u.n), (ARRAY[${PARTIES.map(sqlText).join(',')}])[u.party] || replace(replace(c.name, '政协', ''), '自治区', '') || '委员会',
           'unit', c.id, c.path || bench_uuid('unit', u.n) || '/', c.id
      FROM (SELECT n, n / ${UNITS_PER_PROVINCE} + 1 AS parent, n % ${UNITS_PER_PROVINCE} + 1 AS party, 'province' AS tag
              FROM generate_series(0, ${PROVINCES.length * UNITS_PER_PROVINCE - 1}) n
            UNION ALL
            SELECT 10000 + n, n / ${UNITS_PER_CITY}, (n / ${UNITS_PER_CITY} + n % ${UNITS_PER_CITY}) % ${PARTIES.length} + 1, 'city'
              FROM generate_series(0, ${CITIES * UNITS_PER_CITY - 1}) n) u
      JOIN organisation c ON c.id = bench_uuid(u.tag, u.parent);
    CREATE TABLE bench_org AS
      SELECT kind, row_number() OVER (PARTITION BY kind ORDER BY id) - 1 AS idx, id, committee_id, path FROM organisation;
    CREATE INDEX ON bench_org (kind, idx);
    ANALYZE organisation, bench_org;`,
  );

  // ── informants: 60 % in units, 35 % in county committees, 5 % in city committees ──
  await step(
    'informants',
    `
    INSERT INTO app_user (id, username, name, password_hash, roles, identity, organisation_id)
    SELECT bench_uuid('user', k), 'bi' || k, '信息员' || lpad(k::text, 6, '0'), ${sqlText(NO_PASSWORD)}, ARRAY['informant'],
           CASE WHEN bench_rand(k, 3) < 0.30 THEN 'member' WHEN bench_rand(k, 3) < 0.85 THEN 'special_informant' ELSE 'liaison' END, o.id
      FROM (SELECT k, CASE WHEN bench_rand(k, 1) < 0.60 THEN 'unit' WHEN bench_rand(k, 1) < 0.95 THEN 'county' ELSE 'city' END AS kind
              FROM generate_series(1, ${sizes.informants}) k) x
      JOIN (SELECT kind, count(*) AS n FROM bench_org GROUP BY kind) c ON c.kind = x.kind
      JOIN bench_org o ON o.kind = x.kind AND o.idx = floor(bench_rand(x.k, 2) * c.n)::int;
    CREATE TABLE bench_informant AS
      SELECT (row_number() OVER (ORDER BY u.id))::int - 1 AS idx, u.id, u.organisation_id AS org_id, o.committee_id,
             (row_number() OVER (PARTITION BY u.organisation_id ORDER BY u.id))::int - 1 AS pos,
             (count(*) OVER (PARTITION BY u.organisation_id))::int AS org_n
        FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE 'informant' = ANY(u.roles);
    CREATE UNIQUE INDEX ON bench_informant (idx);
    CREATE UNIQUE INDEX ON bench_informant (org_id, pos);
    ANALYZE app_user, bench_informant;
    -- The commissions (约稿) of each committee: one a committee is enough to carry the commission bonus.
    INSERT INTO commission (id, committee_id, title, assignee_unit_id, due_on, status, created_by_id)
    SELECT bench_uuid('commission', row_number() OVER (ORDER BY id)), id, '约稿：' || name, id, make_date(${y0 + 2}, 12, 31), 'open', bench_uuid('org', 0)
      FROM organisation WHERE kind <> 'unit';`,
  );

  // ── items: submitted over the three years; lead author skewed (some write much more) ──
  await step(
    'items',
    `
    INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, status, version_no, version, submitted_at,
                      created_at, status_changed_at, commission_id)
    SELECT bench_uuid('item', n), a.committee_id, a.org_id, a.id, '关于改进基层治理的建议（' || n || '）',
           '群众反映的问题、原因分析与建议。', s.status, 1, 1,
           CASE WHEN s.status = 'draft' THEN NULL ELSE s.at END, s.at, s.at,
           CASE WHEN bench_rand(n, 6) < 0.05 THEN (SELECT c.id FROM commission c WHERE c.committee_id = a.committee_id) END
      FROM generate_series(1, ${sizes.items}) n
      CROSS JOIN LATERAL (SELECT floor(${sizes.informants} * power(bench_rand(n, 1), 1.6))::int AS author_idx,
                                 make_timestamptz(${y0}, 1, 1, 0, 0, 0, 'Asia/Shanghai') + bench_rand(n, 2) * ${days} * interval '1 day' AS at,
                                 CASE WHEN bench_rand(n, 3) < 0.02 THEN 'draft' WHEN bench_rand(n, 3) < 0.12 THEN 'rejected'
                                      WHEN bench_rand(n, 3) < 0.14 THEN 'merged' WHEN bench_rand(n, 3) < 0.17 THEN 'editing'
                                      WHEN bench_rand(n, 3) < 0.47 THEN 'published' ELSE 'archived' END AS status) s
      JOIN bench_informant a ON a.idx = s.author_idx;
    -- 1–3 authors, of the lead author's organisation.
    INSERT INTO item_author (item_id, user_id, position)
    SELECT i.id, co.id, x.position
      FROM generate_series(1, ${sizes.items}) n
      JOIN item i ON i.id = bench_uuid('item', n)
      JOIN bench_informant lead ON lead.id = i.lead_author_id
      CROSS JOIN LATERAL (SELECT 0 AS position UNION ALL SELECT 1 WHERE bench_rand(n, 4) < 0.30 UNION ALL SELECT 2 WHERE bench_rand(n, 4) < 0.10) x
      JOIN bench_informant co ON co.org_id = lead.org_id AND co.pos = (lead.pos + x.position) % lead.org_n
     WHERE x.position < lead.org_n;`,
  );

  // ── 综合稿: the merged originals of a committee, three by three, make a combined item of the committee ──
  await step(
    'combined items',
    `
    CREATE TABLE bench_merge AS
      SELECT id, committee_id, submitted_at, (row_number() OVER (PARTITION BY committee_id ORDER BY submitted_at, id) - 1) / 3 AS grp
        FROM item WHERE status = 'merged';
    CREATE TABLE bench_combined AS
      SELECT bench_uuid('combined:' || committee_id, grp) AS id, committee_id, max(submitted_at) + interval '2 days' AS submitted_at,
             array_agg(id ORDER BY submitted_at, id) AS originals
        FROM bench_merge GROUP BY committee_id, grp;
    INSERT INTO item (id, committee_id, unit_id, lead_author_id, title, body, status, version_no, version, submitted_at, created_at, status_changed_at)
    SELECT c.id, c.committee_id, c.committee_id, (SELECT lead_author_id FROM item WHERE id = c.originals[1]), '综合：基层治理中的共性问题',
           '综合自多篇稿件。', CASE WHEN bench_rand(hashtext(c.id::text), 7) < 0.6 THEN 'published' ELSE 'archived' END, 1, 1,
           c.submitted_at, c.submitted_at, c.submitted_at
      FROM bench_combined c;
    UPDATE item i SET merged_into_id = c.id FROM bench_combined c WHERE i.id = ANY(c.originals);
    -- The combined item's authors: every original's authors, leads first, nobody twice.
    INSERT INTO item_author (item_id, user_id, position)
    SELECT combined, user_id, (row_number() OVER (PARTITION BY combined ORDER BY best))::int - 1
      FROM (SELECT c.id AS combined, a.user_id, min((a.position > 0)::int * 1000 + o.ord * 10 + a.position) AS best
              FROM bench_combined c CROSS JOIN LATERAL unnest(c.originals) WITH ORDINALITY o(item_id, ord)
              JOIN item_author a ON a.item_id = o.item_id
             GROUP BY c.id, a.user_id) x;
    ANALYZE item, item_author;`,
  );

  // ── 编发: published items in the issues of their committee's series, one issue a month ──
  const compiled = Math.round(sizes.events * COMPILED_SHARE);
  await step(
    'issues and 编发',
    `
    CREATE TABLE bench_compiled AS
      SELECT i.id AS item_id, i.committee_id,
             LEAST((i.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 5 + floor(bench_rand(hashtext(i.id::text), 8) * 40)::int, make_date(${y0 + 3}, 12, 31)) AS on_date
        FROM item i
       WHERE i.status = 'published' AND bench_rand(hashtext(i.id::text), 9) <
             ${compiled} / GREATEST(1, (SELECT count(*) FROM item WHERE status = 'published'))::float8;
    INSERT INTO bulletin_series (id, committee_id, title, issuing_unit)
    SELECT bench_uuid('series', row_number() OVER (ORDER BY c.committee_id)), c.committee_id, o.name || '社情民意', o.name || '研究室'
      FROM (SELECT DISTINCT committee_id FROM bench_compiled) c JOIN organisation o ON o.id = c.committee_id;
    CREATE TABLE bench_issue AS
      SELECT bench_uuid('issue:' || s.committee_id, m.y * 100 + m.mo) AS id, s.id AS series_id, s.committee_id, m.y, m.mo
        FROM bulletin_series s
        JOIN (SELECT DISTINCT committee_id, extract(year FROM on_date)::int AS y, extract(month FROM on_date)::int AS mo FROM bench_compiled) m
          ON m.committee_id = s.committee_id;
    INSERT INTO bulletin_issue (id, series_id, committee_id, kind, status, year, number, total_number, date, distribution, copies,
                                created_by_id, published_at, document_status)
    SELECT id, series_id, committee_id, 'regular', 'published', y, mo, (y - ${y0}) * 12 + mo, make_date(y, mo, 28), '[]', 30,
           bench_uuid('org', 0), make_timestamptz(y, mo, 28, 10, 0, 0, 'Asia/Shanghai'), 'none'
      FROM bench_issue;
    INSERT INTO bulletin_issue_item (issue_id, item_id, position)
    SELECT x.id, c.item_id, row_number() OVER (PARTITION BY x.id ORDER BY c.item_id)
      FROM bench_compiled c
      JOIN bench_issue x ON x.committee_id = c.committee_id AND x.y = extract(year FROM c.on_date) AND x.mo = extract(month FROM c.on_date);
    INSERT INTO adoption_event (item_id, level, kind, outlet, occurred_on, bulletin_issue_id, source)
    SELECT c.item_id, 'city', 'compiled', o.name || '社情民意', make_date(x.y, x.mo, 28), x.id, 'native'
      FROM bench_compiled c
      JOIN bench_issue x ON x.committee_id = c.committee_id AND x.y = extract(year FROM c.on_date) AND x.mo = extract(month FROM c.on_date)
      JOIN organisation o ON o.id = c.committee_id;`,
  );

  // ── the other events: on items that went on (published, archived), a few weeks to months after submission ──
  const weights = EVENT_MIX.map(([, , w]) => w);
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  const mix = EVENT_MIX.map(([kind, level, w]) => {
    acc += w;
    return `SELECT ${sqlText(kind)} AS kind, ${sqlText(level)} AS level, ${(acc - w) / total} AS lo, ${acc / total} AS hi`;
  }).join(' UNION ALL ');
  await step(
    'adoption events',
    `
    CREATE TABLE bench_eligible AS
      SELECT (row_number() OVER (ORDER BY id))::int - 1 AS idx, id, (submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS submitted_on
        FROM item WHERE status IN ('published', 'archived');
    CREATE UNIQUE INDEX ON bench_eligible (idx);
    INSERT INTO adoption_event (item_id, level, kind, outlet, outlet_id, occurred_on, source)
    SELECT e.id, m.level, m.kind, COALESCE(ol.name, '市直有关部门'), ol.id,
           LEAST(e.submitted_on + 10 + floor(power(bench_rand(n, 12), 2) * 150)::int, make_date(${y0 + 3}, 12, 31)), 'native'
      FROM generate_series(1, ${sizes.events - compiled}) n
      JOIN bench_eligible e ON e.idx = floor(bench_rand(n, 10) * (SELECT count(*) FROM bench_eligible))::int
      JOIN (${mix}) m ON bench_rand(n, 11) >= m.lo AND bench_rand(n, 11) < m.hi
      LEFT JOIN outlet ol ON ol.level = m.level AND ol.position = 1 AND m.kind IN ('single_adoption', 'composite_adoption', 'forwarded', 'special_report');
    ANALYZE adoption_event;`,
  );

  // ── reports up: every item adopted up was reported first; as many again reported and not adopted ──
  await step(
    'reports',
    `
    INSERT INTO item_report (item_id, outlet_id, level, reported_on, source)
    SELECT DISTINCT ON (e.item_id, o.id) e.item_id, o.id, e.level, e.occurred_on - 7, 'native'
      FROM adoption_event e JOIN outlet o ON o.level = e.level AND o.position = 1
     WHERE e.level IN ('province', 'national') AND e.kind IN ('single_adoption', 'composite_adoption', 'forwarded', 'special_report')
     ORDER BY e.item_id, o.id, e.occurred_on;
    INSERT INTO item_report (item_id, outlet_id, level, reported_on, source)
    SELECT e.id, o.id, o.level, LEAST(e.submitted_on + 20, make_date(${y0 + 3}, 12, 31)), 'native'
      FROM bench_eligible e JOIN outlet o ON o.position = 1 AND o.level = CASE WHEN bench_rand(e.idx, 14) < 0.85 THEN 'province' ELSE 'national' END
     WHERE bench_rand(e.idx, 13) < 0.25
    ON CONFLICT DO NOTHING;`,
  );

  // ── 批示 (2 % of the items that went on) and penalties (plagiarism found on 0.3 % of the adopted) ──
  await step(
    'instructions and penalties',
    `
    INSERT INTO leader_instruction (item_id, committee_id, leader_name, leader_level, instructed_on, version, source)
    SELECT e.id, i.committee_id, '领导' || (e.idx % 97),
           CASE WHEN bench_rand(e.idx, 16) < 0.50 THEN 'city' WHEN bench_rand(e.idx, 16) < 0.75 THEN 'province'
                WHEN bench_rand(e.idx, 16) < 0.80 THEN 'national' ELSE 'department' END,
           LEAST(e.submitted_on + 15 + floor(bench_rand(e.idx, 17) * 120)::int, make_date(${y0 + 3}, 12, 31)), 1, 'native'
      FROM bench_eligible e JOIN item i ON i.id = e.id
     WHERE bench_rand(e.idx, 15) < 0.02;
    INSERT INTO score_penalty (item_id, reason, found_on)
    SELECT item_id, 'plagiarism', LEAST(max(occurred_on) + 30, make_date(${y0 + 3}, 12, 31))
      FROM adoption_event
     WHERE kind IN ('single_adoption', 'composite_adoption', 'forwarded', 'special_report') AND bench_rand(id, 18) < 0.003
     GROUP BY item_id;`,
  );

  await step('vacuum analyze', 'VACUUM ANALYZE');
  await db.query('DROP TABLE bench_org, bench_informant, bench_merge, bench_combined, bench_compiled, bench_issue, bench_eligible');

  const { rows } = await db.query<Record<string, string>>(`SELECT
      (SELECT count(*) FROM organisation) AS organisations,
      (SELECT count(*) FROM app_user) AS informants,
      (SELECT count(*) FROM app_user WHERE identity = 'member') AS members,
      (SELECT count(*) FROM item) AS items,
      (SELECT count(*) FROM item WHERE merged_into_id IS NULL AND id IN (SELECT merged_into_id FROM item WHERE merged_into_id IS NOT NULL)) AS "combinedItems",
      (SELECT count(*) FROM item WHERE commission_id IS NOT NULL) AS commissioned,
      (SELECT count(*) FROM item_author) AS authors,
      (SELECT count(*) FROM adoption_event) AS "adoptionEvents",
      (SELECT count(*) FROM bulletin_issue) AS issues,
      (SELECT count(*) FROM item_report) AS reports,
      (SELECT count(*) FROM leader_instruction) AS instructions,
      (SELECT count(*) FROM score_penalty) AS penalties`);
  const counts = Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
  log(`  ${Object.entries(counts).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);
  return { counts, stepsMs, loadMs: Math.round(performance.now() - t0) };
}
