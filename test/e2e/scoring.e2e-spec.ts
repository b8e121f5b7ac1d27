import { Workbook } from 'exceljs';
import request from 'supertest';
import { ADOPTED_KINDS } from '@sqmy/contract';
import { figureColumns } from '../support/figures-reference';
import { ScoringRecompute } from '@sqmy/scoring';
import { DemoCommittee } from '@sqmy/accounts';
import { bulletinClient } from '../support/bulletins';
import { seedDemoCommitteeFull } from '../support/demo';
import { Auth, deskClient } from '../support/desk';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { importLedger } from '../support/ledger';
import { outcomesClient } from '../support/outcomes';
import { scoringSnapshot } from '../support/scoring';
import { createTestApp, TestApp } from '../support/test-app';

const PASSWORD = 'Demo@2026';

/** A small seeded PRNG (mulberry32): the random history is the same on every run. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(list: readonly T[]): T => list[int(list.length)], chance: (p: number) => next() < p };
}

describe('scoring (计分办法): rules, the incremental path, and the full recompute agreeing with it', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  let admin: Auth;
  let editor: Auth;
  let informant: Auth;
  let informant2: Auth;
  let member: Auth;
  let chief: Auth;
  const ids: Record<string, string> = {};
  let jinzhong: string;
  const desk = () => deskClient(t);
  const outcomes = () => outcomesClient(t);
  const rules = (auth: Auth) => ({
    create: (body: object) => request(t.url).post('/api/v1/scoring-rules').set(auth).send(body),
    patch: (id: string, body: object) => request(t.url).patch(`/api/v1/scoring-rules/${id}`).set(auth).send(body),
    remove: (id: string) => request(t.url).delete(`/api/v1/scoring-rules/${id}`).set(auth),
  });
  /** A tally row's figures (points as a number), or null when the subject has none in the period. */
  const tally = async (subjectType: string, subjectId: string, period = '2024-01-01', grain = 'year') => {
    const [row] = await t.dataSource.query<{ points: string; submitted: number; adopted_province: number; adopted_national: number }[]>(
      'SELECT points, submitted, adopted_province, adopted_national FROM score_tally WHERE subject_type = $1 AND subject_id = $2 AND grain = $3 AND period = $4',
      [subjectType, subjectId, grain, period],
    );
    return row ? { ...row, points: Number(row.points) } : null;
  };
  const points = async (subjectType: string, subjectId: string, period?: string, grain?: string) => (await tally(subjectType, subjectId, period, grain))?.points ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
    demo = await seedDemoCommitteeFull(t.dataSource);
    jinzhong = demo.organisations['晋中市政协'];
    [admin, editor, informant, informant2, member, chief] = await Promise.all(['admin', 'editor', 'informant', 'informant2', 'member', 'chief'].map((u) => signIn(t, u, PASSWORD)));
    for (const [key, auth] of Object.entries({ informant, informant2, member })) ids[key] = await desk().me(auth);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('rule sets refuse bad input', () => {
    const valid = { name: '2030年度计分办法', validFrom: '2030-01-01', validTo: '2030-12-31', points: { single_adoption: { province: 6 } }, instructionPoints: { city: 10 } };

    it('the default table is the contract\'s', async () => {
      const body = (await request(t.url).get('/api/v1/scoring-rules/default').set(informant).expect(200)).body;
      expect(body).toMatchObject({
        points: { compiled: { city: 2 }, single_adoption: { province: 5, national: 20 }, composite_adoption: { province: 2, national: 10 }, forwarded: { province: 1, national: 5 }, special_report: { province: 8, national: 20 }, proposal: { city: 3, province: 3, national: 3 }, department_feedback: { city: 1 }, media: { national: 1 } },
        instructionPoints: { city: 10, province: 20, national: 30, department: 5 },
        memberBonus: 2, commissionBonus: 3, plagiarismPenalty: 10, split: 'equal', leadShare: 0.6, unitCredit: 1, mergedAuthorShare: 1,
      });
      expect(body.id).toBeUndefined();
    });

    it('negative, non-numeric points, unknown kinds and levels, shares outside 0–1 → 400 naming the field', async () => {
      const cases: [object, string][] = [
        [{ points: { single_adoption: { province: -1 } } }, 'points.single_adoption.province'],
        [{ points: { single_adoption: { national: 'twenty' } } }, 'points.single_adoption.national'],
        [{ points: { plagiarised: { city: 1 } } }, 'points.plagiarised'],
        [{ points: { media: { county: 1 } } }, 'points.media.county'],
        [{ instructionPoints: { mayor: 1 } }, 'instructionPoints.mayor'],
        [{ instructionPoints: { city: -5 } }, 'instructionPoints.city'],
        [{ memberBonus: -2 }, 'memberBonus'],
        [{ memberBonus: '2' }, 'memberBonus'],
        [{ leadShare: 1.5 }, 'leadShare'],
        [{ split: 'by_length' }, 'split'],
      ];
      for (const [change, field] of cases) {
        const res = await rules(admin).create({ ...valid, ...change });
        expectErrorShape(res.body, 400, 'VALIDATION_FAILED');
        expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM scoring_rule_set');
      expect(count).toBe(0);
    });

    it('a period ending before it starts → 422 INVALID_PERIOD; an overlap → 409 RULES_OVERLAP naming the other; a stale version → 409', async () => {
      expectErrorShape((await rules(admin).create({ ...valid, validFrom: '2030-06-01', validTo: '2030-05-31' })).body, 422, 'INVALID_PERIOD');
      const first = (await rules(admin).create(valid).expect(201)).body;
      expect(first).toMatchObject({ committee: { id: jinzhong, name: '晋中市政协' }, validFrom: '2030-01-01', validTo: '2030-12-31', memberBonus: 2, split: 'equal', version: 1 });
      const overlap = await rules(admin).create({ ...valid, name: '另一套', validFrom: '2030-12-01', validTo: null });
      expectErrorShape(overlap.body, 409, 'RULES_OVERLAP');
      expect(overlap.body.message).toContain('2030年度计分办法');
      const second = (await rules(admin).create({ ...valid, name: '2031年度计分办法', validFrom: '2031-01-01', validTo: null }).expect(201)).body;
      expectErrorShape((await rules(admin).patch(second.id, { version: second.version, validFrom: '2030-12-31' })).body, 409, 'RULES_OVERLAP');
      expectErrorShape((await rules(admin).patch(first.id, { version: 99, name: '改名' })).body, 409, 'STALE_VERSION');
      expectErrorShape((await rules(admin).patch(first.id, { version: first.version, validTo: '2029-01-01' })).body, 422, 'INVALID_PERIOD');
      expectErrorShape((await rules(editor).create({ ...valid, validFrom: '2040-01-01', validTo: null })).body, 403);
      const listed = (await request(t.url).get('/api/v1/scoring-rules').set(editor).expect(200)).body;
      expect(listed.map((r: { name: string }) => r.name)).toEqual(['2031年度计分办法', '2030年度计分办法']);
      await rules(admin).remove(first.id).expect(204);
      await rules(admin).remove(second.id).expect(204);
    });
  });

  describe('hand-computed cases through the real path', () => {
    let a: string;
    let combined: string;

    it('co-authors share equally, a 政协委员 gets the member bonus, the unit and the committee their credit; a 批示 and a penalty follow', async () => {
      a = await desk().submitted(informant, { title: '关于完善社区养老服务的建议', coAuthorIds: [ids.member] });
      await outcomes().adopt(editor, a, { level: 'province', kind: 'single_adoption', outletName: '省政协《社情民意》', occurredOn: '2024-04-10' }).expect(201);
      await drainJobs(t);
      // 单篇采用 province 5: 2.5 each; 陈委员 + 2 (member bonus, not for the unit or the committee).
      expect(await points('informant', ids.informant)).toBe(2.5);
      expect(await points('informant', ids.member)).toBe(4.5);
      expect(await points('unit', demo.organisations['民盟晋中市委会'])).toBe(5);
      expect(await points('committee', jinzhong)).toBe(5);
      expect(await points('informant', ids.informant, '2024-04-01', 'month')).toBe(2.5);
      expect(await points('informant', ids.informant, '2024-04-01', 'quarter')).toBe(2.5);

      expectErrorShape((await outcomes().post(editor, `/items/${await desk().submitted(informant)}/penalties`, { reason: 'plagiarism', foundOn: '2024-06-01' })).body, 409, 'ITEM_NOT_ADOPTED');
      await outcomes().instruct(editor, a, { leaderName: '王志强', leaderLevel: 'city', instructedOn: '2024-05-01' }).expect(201);
      const penalty = (await outcomes().post(editor, `/items/${a}/penalties`, { reason: 'plagiarism', foundOn: '2024-06-01', note: '与已公开文章雷同' }).expect(201)).body;
      expect(penalty).toMatchObject({ itemId: a, reason: 'plagiarism', foundOn: '2024-06-01', note: '与已公开文章雷同' });
      await drainJobs(t);
      // + 批示 city 10 (5 each), − penalty 10 (5 each).
      expect(await points('informant', ids.informant)).toBe(2.5);
      expect(await points('informant', ids.member)).toBe(4.5);
      expect(await points('informant', ids.member, '2024-05-01', 'month')).toBe(5);
      expect(await points('informant', ids.member, '2024-06-01', 'month')).toBe(-5);
      expect((await outcomes().outcomes(informant, a).expect(200)).body.penalties).toEqual([expect.objectContaining({ id: penalty.id, foundOn: '2024-06-01' })]);
      await outcomes().remove(editor, `/penalties/${penalty.id}`).expect(204);
      await drainJobs(t);
      expect(await points('committee', jinzhong)).toBe(15);
      expect(await points('unit', demo.organisations['民盟晋中市委会'])).toBe(15);
      // The 采用率 cohort: submitted this month, adopted at the province.
      const month = new Date().toISOString().slice(0, 7) + '-01';
      expect(await tally('informant', ids.member, month, 'month')).toMatchObject({ submitted: expect.any(Number), adopted_province: 1 });
    });

    it('a combined item credits the originals\' authors and units; a rule change rescales only its period, and its deletion restores the default', async () => {
      const b = await desk().submitted(informant, { title: '关于老旧小区加装电梯的建议' });
      const c = await desk().submitted(informant2, { title: '关于农村道路养护的建议' });
      const merged = await desk().merge(editor, { itemIds: [b, c], title: '关于城乡基础设施维护的综合建议', body: '综合两篇稿件。' }).expect(201);
      combined = merged.body.id;
      await outcomes().adopt(editor, combined, { level: 'national', kind: 'single_adoption', outletName: '全国政协《政协信息》', occurredOn: '2024-08-01' }).expect(201);
      await drainJobs(t);
      const agri = demo.organisations['市政协农业和农村委员会'];
      // 20 national: 10 to each author; the originals' units 10 each; the committee 20 more.
      expect(await points('informant', ids.informant2)).toBe(10);
      expect(await points('unit', agri)).toBe(10);
      expect(await points('informant', ids.informant)).toBe(17.5); // 2.5 + 5 (批示) before
      expect(await points('committee', jinzhong)).toBe(35);

      const second = (await rules(admin).create({ name: '2024下半年计分办法', validFrom: '2024-07-01', validTo: '2024-12-31', points: { single_adoption: { national: 40, province: 5 } }, instructionPoints: {}, mergedAuthorShare: 0.5 }).expect(201)).body;
      await drainJobs(t);
      // Only the August adoption is rescored: 40, its authors half of it (10 each), the units 20 each.
      expect(await points('informant', ids.informant2)).toBe(10);
      expect(await points('unit', agri)).toBe(20);
      expect(await points('committee', jinzhong)).toBe(55);
      expect(await points('informant', ids.member)).toBe(4.5 + 5); // April and May keep the default table.
      const [line] = await t.dataSource.query(`SELECT rule_set_id FROM score_line WHERE item_id = $1 AND subject_type = 'committee'`, [combined]);
      expect(line.rule_set_id).toBe(second.id);

      await rules(admin).patch(second.id, { version: second.version, validFrom: '2024-09-01' }).expect(200);
      await drainJobs(t);
      expect(await points('unit', agri)).toBe(10); // August falls back to the default table.
      await rules(admin).remove(second.id).expect(204);
      await drainJobs(t);
      expect(await points('committee', jinzhong)).toBe(35);
    });
  });

  describe('the incremental path and the full recompute agree on random data', () => {
    it('a random history (submissions, co-authors, merges, an issue, reports, adoptions, 批示, penalties, deletions, rule changes, a ledger) → identical rows', async () => {
      const random = prng(20240607);
      const units = ['民盟晋中市委会', '民革晋中市委会', '晋中市工商联', '市政协农业和农村委员会'].map((n) => demo.organisations[n]);
      // More informants, some of them 政协委员, in several units.
      const authors: { id: string; auth: Auth }[] = [
        { id: ids.informant, auth: informant },
        { id: ids.informant2, auth: informant2 },
        { id: ids.member, auth: member },
      ];
      for (let i = 0; i < 5; i++) {
        const [row] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO app_user (username, name, password_hash, roles, organisation_id, identity)
           SELECT $1, $2, password_hash, '{informant}', $3, $4 FROM app_user WHERE username = 'informant' RETURNING id`,
          [`random-${i}`, `随机信息员${i}`, units[i % units.length], i % 2 ? 'member' : 'special_informant'],
        );
        authors.push({ id: row.id, auth: await signIn(t, `random-${i}`, PASSWORD) });
      }
      const [province, national] = await Promise.all(['省政协《社情民意》', '全国政协《政协信息》'].map((name) => outcomes().outletId(editor, name)));
      const day = () => `${2023 + random.int(3)}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
      const items: string[] = [];
      const adoptions: string[] = [];
      const instructions: string[] = [];
      const reports: string[] = [];
      const penalties: string[] = [];
      const adopted: string[] = [];
      const ruleSets: { id: string; version: number }[] = [];

      // An issue of 《晋中社情民意》 with three items, published (编发 and locally published).
      const bulletins = bulletinClient(t, { informant, editor, chief });
      const inIssue = [await bulletins.approvedItem('关于加强食品安全监管的建议'), await bulletins.approvedItem('关于加快数字乡村建设的建议'), await bulletins.approvedItem('关于推进垃圾分类的建议')];
      const issue = await bulletins.draft(await bulletins.seriesId(), inIssue);
      await bulletins.sign(issue).expect(200);
      await bulletins.publish(issue).expect(200);
      items.push(...inIssue);

      for (let i = 0; i < 120; i++) {
        const author = random.pick(authors);
        const coAuthors = authors.filter((a) => a !== author && random.chance(0.15)).map((a) => a.id);
        items.push(await desk().submitted(author.auth, { title: `关于第${i}件事的建议`, coAuthorIds: coAuthors }));
        if (random.chance(0.05)) await desk().move(author.auth, items[items.length - 1], 'withdraw').expect(200);
      }
      for (let m = 0; m < 4; m++) {
        const [x, y] = [items[10 + m * 2], items[11 + m * 2]];
        const merged = await desk().merge(editor, { itemIds: [x, y], title: `综合稿${m}`, body: '综合。' });
        if (merged.status === 201) items.push(merged.body.id);
      }
      const open = async () => (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM item WHERE id = ANY($1::uuid[]) AND status NOT IN ('draft', 'merged', 'rejected') ORDER BY array_position($1::uuid[], id)`, [items])).map((r) => r.id);
      const recordable = await open();
      for (let step = 0; step < 300; step++) {
        const item = random.pick(recordable);
        const roll = random.next();
        if (roll < 0.35) {
          const level = random.pick(['city', 'province', 'national']);
          const kind = random.pick(['single_adoption', 'composite_adoption', 'forwarded', 'special_report', 'proposal', 'department_feedback', 'media']);
          const res = await outcomes().adopt(editor, item, { level, kind, outletName: '某刊物', occurredOn: day() }).expect(201);
          adoptions.push(res.body.id);
          adopted.push(item);
        } else if (roll < 0.5) {
          const res = await outcomes().instruct(editor, item, { leaderName: '某领导', leaderLevel: random.pick(['city', 'province', 'national', 'department']), instructedOn: day() }).expect(201);
          instructions.push(res.body.id);
        } else if (roll < 0.65) {
          const res = await outcomes().report(editor, item, { outletId: random.pick([province, national]), reportedOn: day() });
          if (res.status === 201) reports.push(res.body.id);
        } else if (roll < 0.72) {
          const res = await outcomes().post(editor, `/items/${adopted.length ? random.pick(adopted) : item}/penalties`, { reason: 'plagiarism', foundOn: day() });
          if (res.status === 201) penalties.push(res.body.id);
        } else if (roll < 0.82) {
          const [list, path] = random.pick([
            [adoptions, 'adoptions'],
            [instructions, 'instructions'],
            [reports, 'reports'],
            [penalties, 'penalties'],
          ] as const);
          if (list.length) await outcomes().remove(editor, `/${path}/${list.splice(random.int(list.length), 1)[0]}`).expect(204);
        } else if (roll < 0.86) {
          const year = 2023 + random.int(3);
          const half = random.chance(0.5);
          const res = await rules(admin).create({
            name: `随机计分办法${step}`,
            validFrom: half ? `${year}-07-01` : `${year}-01-01`,
            validTo: half ? `${year}-12-31` : `${year}-06-30`,
            points: { single_adoption: { province: random.int(10), national: random.int(40) }, compiled: { city: random.int(5) }, special_report: { national: random.int(30) } },
            instructionPoints: { city: random.int(15), national: random.int(40) },
            memberBonus: random.int(4),
            commissionBonus: random.int(4),
            plagiarismPenalty: random.int(15),
            split: random.pick(['equal', 'lead_share']),
            leadShare: random.pick([0.5, 0.6, 0.7]),
            unitCredit: random.pick([1, 0.5, 0.8]),
            mergedAuthorShare: random.pick([1, 0.5]),
          });
          if (res.status === 201) ruleSets.push(res.body);
        } else if (roll < 0.9 && ruleSets.length) {
          const set = ruleSets.splice(random.int(ruleSets.length), 1)[0];
          if (random.chance(0.5)) await rules(admin).remove(set.id).expect(204);
          else {
            const res = await rules(admin).patch(set.id, { version: set.version, leadShare: 0.75, split: 'lead_share', unitCredit: 0.9 }).expect(200);
            ruleSets.push(res.body);
          }
        }
      }
      // A ledger of history in 2023 and 2024: its items, reports, adoptions and 批示 through the import.
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('台账');
      sheet.addRow(['编号', '标题', '作者', '报送单位', '来稿日期', '报送省政协日期', '省政协采用', '领导批示']);
      for (let r = 0; r < 30; r++) {
        const reported = random.chance(0.6);
        sheet.addRow([
          `随机${r}`,
          `关于台账第${r}件事的建议`,
          random.pick(['张信息', '张信息、周联络', '刘信息', '台账作者甲']),
          random.pick(['民盟晋中市委会', '市政协农业和农村委员会', '新报送单位']),
          `202${3 + random.int(2)}-0${1 + random.int(6)}-1${random.int(9)}`,
          reported ? '2024-07-15' : '',
          reported && random.chance(0.5) ? random.pick(['单篇', '综合', '转送', '专报']) : '',
          random.chance(0.2) ? '市级:王某某:2024-08-01' : '',
        ]);
      }
      const imported = await importLedger(t, editor, jinzhong, Buffer.from(await workbook.xlsx.writeBuffer()), '随机台账.xlsx');
      expect(imported).toMatchObject({ status: 'succeeded', created: 30 });
      await drainJobs(t, 60_000);

      const incremental = await scoringSnapshot(t);
      expect(incremental.lines.length).toBeGreaterThan(300);
      expect(incremental.tallies.length).toBeGreaterThan(100);
      const timings = await ScoringRecompute.recomputeAll(t.dataSource);
      const recomputed = await scoringSnapshot(t);
      console.log(`full recompute of ${timings.items} items, ${timings.lines} lines: ${timings.totalMs} ms (scoring ${timings.scoringMs} ms, tallies ${timings.talliesMs} ms)`);
      expect(recomputed.facts).toEqual(incremental.facts);
      expect(recomputed.lines).toEqual(incremental.lines);
      expect(recomputed.orgYears).toEqual(incremental.orgYears);
      expect(recomputed.tallies).toEqual(incremental.tallies);

      // The annual figures from the tallies equal the plain SQL over the raw tables, for every org and year.
      const orgs = await t.dataSource.query<{ id: string }[]>('SELECT id FROM organisation');
      const analyst = await signIn(t, 'analyst', PASSWORD);
      for (const year of [2023, 2024, 2025, Number(new Date().toISOString().slice(0, 4))]) {
        const reference = await t.dataSource.query<{ id: string }[]>(`SELECT o.id, ${figureColumns('o.path')} FROM organisation o ORDER BY o.id`, [year, ADOPTED_KINDS]);
        for (const { id, ...figures } of reference) {
          const res = await request(t.url).get('/api/v1/stats/summary').query({ orgId: id, year }).set(analyst);
          if (res.status === 403) continue; // outside the analyst's committee (全国政协, 山西省政协)
          const { org: _org, year: _year, ...served } = res.body;
          expect({ id, year, ...served }).toEqual({ id, year, ...figures });
        }
      }
      expect(orgs.length).toBeGreaterThan(5);
    }, 600_000);
  });
});
