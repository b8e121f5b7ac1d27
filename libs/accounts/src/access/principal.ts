import { Role } from './roles';

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

/** What a request touches, as far as scope is concerned. */
export interface ScopeTarget {
  /** Path of the organisation the resource belongs to. */
  organisationPath: string;
  /** People who own the resource (authors, the account itself); `self` reach is granted through them. */
  ownerIds?: readonly string[];
}
