import { RankingSubject, ScoreSubjectType } from '@sqmy/contract';
export interface SubjectSource {
  /** Whose tallies. */
  type: ScoreSubjectType;
  /** An SQL relation of the subjects with `id`, `name` and `org_name` (where they belong). */
  relation: string;
  /** What the subject is called in documents and errors. */
  noun: string;
  /** The organisation kind of the subjects, when the tallies' subject type holds several. */
  kind?: string;
}

const organisations = (kind: string) =>
  `(SELECT s.id, s.name, p.name AS org_name, s.path FROM organisation s LEFT JOIN organisation p ON p.id = s.parent_id WHERE s.kind = '${kind}')`;

/** The one place a ranking subject is mapped to its tallies and names. */
export const SUBJECT_SOURCES: Record<RankingSubject, SubjectSource> = {
  informant: {
    type: ScoreSubjectType.Informant,
    relation: '(SELECT u.id, u.name, o.name AS org_name, o.path FROM app_user u JOIN organisation o ON o.id = u.organisation_id)',
    noun: '信息员',
  },
  unit: { type: ScoreSubjectType.Unit, relation: organisations('unit'), noun: '报送单位', kind: 'unit' },
  county: { type: ScoreSubjectType.Committee, relation: organisations('county'), noun: '县级政协', kind: 'county' },
  committee: { type: ScoreSubjectType.Committee, relation: organisations('city'), noun: '市级政协', kind: 'city' },
};
