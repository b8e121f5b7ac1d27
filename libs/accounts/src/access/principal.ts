import { Role } from '@sqmy/contract';

/** The authenticated person behind a request, as the access check sees them. */
export interface Principal {
  id: string;
  sessionId: string;
  roles: Role[];
  organisationId: string;
  /** Materialised path of the own organisation, e.g. `/<national>/<province>/<city>/`. */
  organisationPath: string;
  /** The committee the person works for (the organisation itself when it is a committee) and its path. */
  committeeId: string;
  committeePath: string;
}

/**
 * What a request touches, as far as scope is concerned. Two kinds:
 * - an organisation or a person (administration, aggregated figures): a role reaches it anywhere
 *   under its root — `committeeId` is absent;
 * - desk and editorial data, owned by exactly one committee (items, topics, commissions, series,
 *   issues, records, imports, quotas, 统计通报…): `committeeId` names the owner, and a committee
 *   role (editor, chief editor, analyst) reaches it only in that very committee, never from above.
 */
export interface ScopeTarget {
  /** Path of the organisation the resource belongs to (for an item, its unit). */
  organisationPath: string;
  /** The committee that owns the resource, when it is committee-owned. */
  committeeId?: string;
  /** People who own the resource (authors, the account itself); `self` reach is granted through them. */
  ownerIds?: readonly string[];
}
