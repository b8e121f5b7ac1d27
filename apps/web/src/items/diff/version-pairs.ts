import type { ItemVersionRef, Wire } from '@sqmy/contract';

/** Versions the authors stored themselves: each submit and resubmit. */
const AUTHOR_REASONS = ['submit', 'resubmit'];

/** The latest version the authors submitted (what the editors started from); undefined if none. */
export function lastAuthorVersion(versions: Wire<ItemVersionRef>[]): Wire<ItemVersionRef> | undefined {
  return [...versions].reverse().find((version) => AUTHOR_REASONS.includes(version.reason));
}

/**
 * The pair to compare first: the authors' last submitted version against the latest, once the
 * editors changed it; otherwise the previous version against the latest. Undefined with fewer than two.
 */
export function defaultPair(versions: Wire<ItemVersionRef>[]): { from: number; to: number } | undefined {
  if (versions.length < 2) return undefined;
  const latest = versions[versions.length - 1].no;
  const author = lastAuthorVersion(versions);
  if (author && author.no < latest) return { from: author.no, to: latest };
  return { from: versions[versions.length - 2].no, to: latest };
}
