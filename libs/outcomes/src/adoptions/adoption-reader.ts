import { ADOPTION_KIND_LABELS, AdoptionView } from '@sqmy/contract';
import { DataSource, EntityManager } from 'typeorm';
import { CREATED_BY_JSON, ISSUE_JSON, issueRef, IssueRow, queryRecords, RecordFilter } from '../recording/outcome-refs';

interface AdoptionRow extends Omit<AdoptionView, 'issue' | 'kindLabel'> {
  issue: IssueRow | null;
}

const SELECT = `
  SELECT e.id::text AS id, json_build_object('id', i.id, 'title', i.title) AS item, e.level, e.kind,
         CASE WHEN e.outlet_id IS NULL THEN NULL ELSE json_build_object('id', e.outlet_id, 'name', o.name) END AS outlet,
         e.outlet AS "outletName", to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn", e.document_ref AS "documentRef", e.note,
         CASE WHEN e.evidence IS NULL THEN NULL
              ELSE json_build_object('fileName', e.evidence->'fileName', 'size', e.evidence->'size', 'contentType', e.evidence->'contentType') END AS evidence,
         ${ISSUE_JSON} AS issue, e.source, ${CREATED_BY_JSON} AS "createdBy", e.created_at AS "createdAt"
    FROM adoption_event e
    JOIN item i ON i.id = e.item_id
    LEFT JOIN outlet o ON o.id = e.outlet_id
    LEFT JOIN bulletin_issue bi ON bi.id = e.bulletin_issue_id
    LEFT JOIN app_user cb ON cb.id = e.created_by_id`;
const ORDER = 'ORDER BY e.occurred_on, e.id';

/** Adoption events as the API shows them, oldest first: of one item, or the given ones. */
export async function readAdoptions(on: DataSource | EntityManager, where: RecordFilter): Promise<AdoptionView[]> {
  const rows = await queryRecords<AdoptionRow>(on, SELECT, 'e', 'bigint', ORDER, where);
  return rows.map((row) => ({ ...row, kindLabel: ADOPTION_KIND_LABELS[row.kind], issue: issueRef(row.issue), createdAt: new Date(row.createdAt) }));
}
