import { EntityManager } from 'typeorm';

/** Issues an import brings: published, imported, with no 总第 number, in one series of a committee. */
export interface ImportedIssues {
  series: { id: string; distribution: unknown; copies: number };
  committeeId: string;
  importerId: string;
  issues: { id: string; kind: 'regular' | 'supplement'; year: number; number: number; date: string }[];
}

/** Writes the imported issues, one statement for all. */
export async function insertImportedIssues(manager: EntityManager, { series, committeeId, importerId, issues }: ImportedIssues): Promise<void> {
  await manager.query(
    `INSERT INTO bulletin_issue (id, series_id, committee_id, kind, status, year, number, date, distribution, copies, imported,
                                 created_by_id, published_by_id, published_at)
     SELECT id, $1, $2, kind, 'published', year, number, date, $3::jsonb, $4, true, $5, $5, now()
       FROM unnest($6::uuid[], $7::text[], $8::int[], $9::int[], $10::date[]) AS t(id, kind, year, number, date)`,
    [
      series.id,
      committeeId,
      JSON.stringify(series.distribution),
      series.copies,
      importerId,
      issues.map((i) => i.id),
      issues.map((i) => i.kind),
      issues.map((i) => i.year),
      issues.map((i) => i.number),
      issues.map((i) => i.date),
    ],
  );
}

/** Moves imported issues to a later date when an import brings a later item (never to an earlier one). */
export async function redateImportedIssues(manager: EntityManager, issues: { id: string; date: string }[]): Promise<void> {
  await manager.query(
    `UPDATE bulletin_issue i SET date = greatest(i.date, t.date), updated_at = now() FROM unnest($1::uuid[], $2::date[]) AS t(id, date) WHERE i.id = t.id`,
    [issues.map((i) => i.id), issues.map((i) => i.date)],
  );
}

/**
 * Places items at the end of their issues, in `order` within each issue, with the byline of their unit and authors
 * and their first version; one statement for all.
 */
export async function appendIssueItems(manager: EntityManager, placements: { issueId: string; itemId: string; order: number }[]): Promise<void> {
  await manager.query(
    `INSERT INTO bulletin_issue_item (issue_id, item_id, position, title, byline, version_no)
     SELECT t.issue, t.item, coalesce(last.position, 0) + row_number() OVER (PARTITION BY t.issue ORDER BY t.ord), it.title,
            trim(u.name || ' ' || coalesce((SELECT string_agg(p.name, ' ' ORDER BY a.position) FROM item_author a JOIN app_user p ON p.id = a.user_id WHERE a.item_id = it.id), '')), 1
       FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS t(issue, item, ord)
       JOIN item it ON it.id = t.item JOIN organisation u ON u.id = it.unit_id
       LEFT JOIN LATERAL (SELECT max(position) AS position FROM bulletin_issue_item x WHERE x.issue_id = t.issue) last ON true`,
    [placements.map((p) => p.issueId), placements.map((p) => p.itemId), placements.map((p) => p.order)],
  );
}
