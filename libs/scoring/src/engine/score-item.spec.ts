import { CreditSplit, ScoreSubjectType } from '@sqmy/contract';
import { cohortUnits, TallyDelta } from './contributions';
import { DatedRuleTable, DEFAULT_RULES } from './rule-table';
import { ItemFacts, LineDraft, scoreItem } from './score-item';

const item = (over: Partial<ItemFacts> = {}): ItemFacts => ({
  itemId: 'item',
  committeeId: 'jinzhong',
  unitId: 'minmeng',
  submittedOn: '2024-03-05',
  authors: [{ userId: 'zhang', member: false }],
  commissioned: false,
  originalUnitIds: [],
  adoptions: [],
  instructions: [],
  penalties: [],
  reports: [],
  publishedYears: [],
  ...over,
});

const rules2024 = (over: Partial<DatedRuleTable> = {}): DatedRuleTable => ({ ...DEFAULT_RULES, id: 'rules-2024', validFrom: '2024-01-01', validTo: '2024-12-31', ...over });

/** Points per subject, summed over lines. */
const totals = (lines: LineDraft[]) => {
  const sums: Record<string, number> = {};
  for (const line of lines) sums[`${line.subjectType}:${line.subjectId}`] = Math.round(((sums[`${line.subjectType}:${line.subjectId}`] ?? 0) + line.points) * 1000) / 1000;
  return sums;
};

const provinceSingle = { id: '1', kind: 'single_adoption', level: 'province', occurredOn: '2024-04-10' };

describe('scoreItem: what an item earns and for whom', () => {
  it('a sole author, the unit and the committee each get a provincial 单篇采用 (5 by the default table)', () => {
    const { lines, fact } = scoreItem(item({ adoptions: [provinceSingle] }), []);
    expect(totals(lines)).toEqual({ 'informant:zhang': 5, 'unit:minmeng': 5, 'committee:jinzhong': 5 });
    expect(lines.every((l) => l.ruleSetId === null && l.occurredOn === '2024-04-10')).toBe(true);
    expect(fact).toMatchObject({ submittedOn: '2024-03-05', adoptedProvince: true, adoptedCity: false, adoptedNational: false, authorIds: ['zhang'] });
  });

  it('co-authors share equally: a national 单篇采用 (20) among three gives 6.667 each, the committee still 20', () => {
    const authors = ['zhang', 'li', 'wang'].map((userId) => ({ userId, member: false }));
    const { lines } = scoreItem(item({ authors, adoptions: [{ ...provinceSingle, level: 'national' }] }), []);
    expect(totals(lines)).toEqual({ 'informant:zhang': 6.667, 'informant:li': 6.667, 'informant:wang': 6.667, 'unit:minmeng': 20, 'committee:jinzhong': 20 });
  });

  it('under lead_share 0.6 the lead author gets 3 of 5 and the two others 1 each; a sole author gets all', () => {
    const leadShare = [rules2024({ split: CreditSplit.LeadShare, leadShare: 0.6 })];
    const authors = ['zhang', 'li', 'wang'].map((userId) => ({ userId, member: false }));
    expect(totals(scoreItem(item({ authors, adoptions: [provinceSingle] }), leadShare).lines)).toMatchObject({ 'informant:zhang': 3, 'informant:li': 1, 'informant:wang': 1 });
    expect(totals(scoreItem(item({ adoptions: [provinceSingle] }), leadShare).lines)).toMatchObject({ 'informant:zhang': 5 });
  });

  it('a combined item: its authors share mergedAuthorShare of the points, the originals\' units share the unit credit', () => {
    const rules = [rules2024({ mergedAuthorShare: 0.5, unitCredit: 1 })];
    const combined = item({
      unitId: 'jinzhong',
      authors: [{ userId: 'zhang', member: false }, { userId: 'li', member: false }],
      originalUnitIds: ['minmeng', 'nonggong'],
      adoptions: [{ ...provinceSingle, kind: 'special_report', level: 'national' }],
    });
    // 专报 national 20: authors 10 → 5 each; units 20 → 10 each; the committee 20.
    expect(totals(scoreItem(combined, rules).lines)).toEqual({ 'informant:zhang': 5, 'informant:li': 5, 'unit:minmeng': 10, 'unit:nonggong': 10, 'committee:jinzhong': 20 });
  });

  it('unit credit scales the unit\'s points only', () => {
    const { lines } = scoreItem(item({ adoptions: [provinceSingle] }), [rules2024({ unitCredit: 0.5 })]);
    expect(totals(lines)).toEqual({ 'informant:zhang': 5, 'unit:minmeng': 2.5, 'committee:jinzhong': 5 });
  });

  it('a member author gets the member bonus once, on the first scoring event; a commissioned item\'s bonus is shared like points', () => {
    const authors = [{ userId: 'zhang', member: true }, { userId: 'li', member: false }];
    const compiled = { id: '7', kind: 'compiled', level: 'city', occurredOn: '2024-03-20' };
    const { lines } = scoreItem(item({ authors, commissioned: true, adoptions: [provinceSingle, compiled] }), []);
    // 编发 2 + 单篇 5 = 7, + commission 3 = 10 → 5 each; zhang + member 2.
    expect(totals(lines)).toEqual({ 'informant:zhang': 7, 'informant:li': 5, 'unit:minmeng': 10, 'committee:jinzhong': 10 });
    const bonuses = lines.filter((l) => l.source === 'bonus');
    expect(bonuses.every((l) => l.occurredOn === '2024-03-20')).toBe(true);
    expect(bonuses.filter((l) => l.kind === 'member_bonus')).toEqual([expect.objectContaining({ subjectId: 'zhang', points: 2, sourceRef: 'member:zhang' })]);
  });

  it('a penalty takes plagiarismPenalty off, shared like points, on the date it was found', () => {
    const { lines } = scoreItem(item({ adoptions: [provinceSingle], penalties: [{ id: 'p1', foundOn: '2024-06-01' }] }), []);
    expect(totals(lines)).toEqual({ 'informant:zhang': -5, 'unit:minmeng': -5, 'committee:jinzhong': -5 });
    expect(lines.filter((l) => l.source === 'penalty').map((l) => l.occurredOn)).toEqual(['2024-06-01', '2024-06-01', '2024-06-01']);
  });

  it('each event takes the rules valid on its date: a rule change between two dates changes only the later one', () => {
    const rules = [rules2024({ validFrom: '2024-05-01', validTo: null, points: { single_adoption: { province: 8 } } })];
    const adoptions = [provinceSingle, { ...provinceSingle, id: '2', occurredOn: '2024-05-02' }];
    const { lines } = scoreItem(item({ adoptions }), rules);
    const mine = lines.filter((l) => l.subjectType === ScoreSubjectType.Informant);
    expect(mine.map((l) => [l.occurredOn, l.points, l.ruleSetId])).toEqual([
      ['2024-04-10', 5, null],
      ['2024-05-02', 8, 'rules-2024'],
    ]);
  });

  it('批示 score by the leader\'s level (city 10, province 20, national 30, department 5)', () => {
    const instructions = ['city', 'province', 'national', 'department'].map((leaderLevel, i) => ({ id: `i${i}`, leaderLevel, instructedOn: '2024-07-01' }));
    const { lines, fact } = scoreItem(item({ instructions }), []);
    expect(totals(lines)['committee:jinzhong']).toBe(65);
    expect(fact!.figures['2024']).toMatchObject({ collected: 1, endorsementsCity: 1, endorsementsProvince: 1, endorsementsNational: 1, endorsementsDepartment: 1 });
  });

  it('an unscored kind or level gives no line; a draft never submitted with no outcome gives no fact', () => {
    expect(scoreItem(item({ adoptions: [{ ...provinceSingle, level: 'city' }] }), []).lines).toEqual([]);
    expect(scoreItem(item({ submittedOn: null }), []).fact).toBeNull();
  });

  it('the annual figures follow /stats/summary: distinct items per year, 件次 counted, reports by their date', () => {
    const facts = item({
      submittedOn: '2023-12-30',
      publishedYears: [2024],
      reports: [
        { level: 'province', reportedOn: '2024-01-05' },
        { level: 'province', reportedOn: '2024-02-05' },
        { level: 'national', reportedOn: '2025-01-02' },
      ],
      adoptions: [provinceSingle, { ...provinceSingle, id: '2', kind: 'forwarded' }, { ...provinceSingle, id: '3', kind: 'media' }],
    });
    expect(scoreItem(facts, []).fact!.figures).toEqual({
      '2023': { collected: 1 },
      '2024': { locallyPublished: 1, reportedProvince: 1, reportedUp: 1, adoptedProvince: 1, adoptedUp: 1, adoptionOccurrences: 2 },
      '2025': { reportedNational: 1, reportedUp: 1 },
    });
  });
});

describe('TallyDelta: what a refresh writes', () => {
  it('taking an item\'s old score away and adding the new one leaves only the difference', () => {
    const before = scoreItem(item({ adoptions: [provinceSingle] }), []);
    const after = scoreItem(item({ adoptions: [provinceSingle, { ...provinceSingle, id: '2', occurredOn: '2024-04-20' }] }), []);
    const delta = new TallyDelta();
    delta.add(-1, before.lines, before.fact, cohortUnits(before.fact!, []));
    delta.add(1, after.lines, after.fact, cohortUnits(after.fact!, []));
    const changed = delta.changedTallies();
    // Only points of April 2024 (month, quarter 2, year) for the three subjects: 3 × 3 rows of +5.
    expect(changed).toHaveLength(9);
    expect(changed.every((row) => row.values.points === 5000 && row.values.submitted === 0)).toBe(true);
    expect(changed.map((row) => row.period).sort()).toEqual([...Array(3).fill('2024-01-01'), ...Array(3).fill('2024-04-01'), ...Array(3).fill('2024-04-01')].sort());
    // The same item adopted again: one more 件次, no more distinct items.
    expect(delta.changedFigures()).toEqual([{ orgId: 'minmeng', year: 2024, values: expect.objectContaining({ adoptionOccurrences: 1, adoptedProvince: 0, adoptedUp: 0 }) }]);
  });

  it('a first submission counts once for each author, the unit and the committee in every grain', () => {
    const { lines, fact } = scoreItem(item({ authors: [{ userId: 'zhang', member: false }, { userId: 'li', member: false }] }), []);
    const delta = new TallyDelta();
    delta.add(1, lines, fact, cohortUnits(fact!, []));
    expect(delta.changedTallies()).toHaveLength(4 * 3);
    expect(delta.changedFigures()).toEqual([expect.objectContaining({ orgId: 'minmeng', year: 2024, values: expect.objectContaining({ collected: 1 }) })]);
  });
});
