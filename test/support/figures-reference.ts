import { periodFigureColumns } from '@sqmy/scoring';

/**
 * The annual figures of one scope (the reference the tallies must equal): the period figures of a
 * calendar year, and the issues the scope's committees published that year. The statement binds
 * $1 = the year, $2 = the adopted kinds.
 */
export function figureColumns(path: string): string {
  return `${periodFigureColumns(path, { from: 'make_date($1, 1, 1)', until: 'make_date($1 + 1, 1, 1)' }, '$2::text[]')},
    (SELECT count(*) FROM bulletin_issue b JOIN organisation c ON c.id = b.committee_id
      WHERE c.path LIKE ${path} || '%' AND b.status = 'published' AND b.year = $1)::int AS issues`;
}
