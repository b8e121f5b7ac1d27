/** The columns of `ledger_import` joined with the committee's and the importer's names, as `importViews` reads them. */
export const IMPORT_VIEW_SQL = `
  SELECT l.id, json_build_object('id', c.id, 'name', c.name) AS committee, l.file_name AS "fileName", l.size, l.status, l.total,
         l.processed, l.created, l.unchanged, l.errors, json_build_object('id', u.id, 'name', u.name) AS "createdBy",
         l.created_at AS "createdAt", l.finished_at AS "finishedAt"
    FROM ledger_import l JOIN organisation c ON c.id = l.committee_id JOIN app_user u ON u.id = l.created_by_id`;
