import { ReportView } from '@sqmy/contract';
import { DataSource, EntityManager } from 'typeorm';
import { CREATED_BY_JSON, ISSUE_JSON, issueRef, IssueRow, queryRecords, RecordFilter } from '../recording/outcome-refs';

interface ReportRow extends Omit<ReportView, 'issue'> {
  issue: IssueRow | null;
}

const SELECT = `
  SELECT r.id, json_build_object('id', i.id, 'title', i.title) AS item,
         json_build_object('id', o.id, 'name', o.name, 'level', o.level) AS outlet,
         r.level, to_char(r.reported_on, 'YYYY-MM-DD') AS "reportedOn", r.channel, r.reference,
         ${ISSUE_JSON} AS issue, r.source, ${CREATED_BY_JSON} AS "createdBy", r.created_at AS "createdAt"
    FROM item_report r
    JOIN item i ON i.id = r.item_id
    JOIN outlet o ON o.id = r.outlet_id
    LEFT JOIN bulletin_issue bi ON bi.id = r.bulletin_issue_id
    LEFT JOIN app_user cb ON cb.id = r.created_by_id`;
const ORDER = 'ORDER BY r.reported_on, r.created_at, r.id';

/** Reports as the API shows them, oldest first: of one item, or the given ones. */
export async function readReports(on: DataSource | EntityManager, where: RecordFilter): Promise<ReportView[]> {
  const rows = await queryRecords<ReportRow>(on, SELECT, 'r', 'uuid', ORDER, where);
  return rows.map((row) => ({ ...row, issue: issueRef(row.issue), createdAt: new Date(row.createdAt) }));
}
