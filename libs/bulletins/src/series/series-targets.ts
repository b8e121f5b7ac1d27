import { TargetResolver } from '@sqmy/accounts';

/** The committee a series belongs to (its scope). */
export const seriesInParam = (name = 'id'): TargetResolver => (req, lookups) =>
  lookups.find(req.params[name], name, '刊物', 'SELECT o.path, NULL AS owners FROM bulletin_series s JOIN organisation o ON o.id = s.committee_id WHERE s.id = $1');

/** The committee an issue belongs to. */
export const issueInParam: TargetResolver = (req, lookups) =>
  lookups.find(req.params.id, 'id', '期刊', 'SELECT o.path, NULL AS owners FROM bulletin_issue i JOIN organisation o ON o.id = i.committee_id WHERE i.id = $1');
