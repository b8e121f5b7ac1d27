import { ownedByCommittee } from '@sqmy/accounts';

/** The committee a series belongs to (its scope). */
export const seriesInParam = (name = 'id') => ownedByCommittee('bulletin_series', '刊物', name);

/** The committee an issue belongs to. */
export const issueInParam = ownedByCommittee('bulletin_issue', '期刊');
