import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AdoptionKind, LEADER_LEVEL_LABELS, LeaderLevel } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { ADOPTION_LABEL_OF, AUTHOR_SEPARATOR, INSTRUCTION_SEPARATOR, LEDGER_COLUMNS, LedgerColumn } from '../format/ledger-columns';

/** The kinds a ledger's 采用 columns can say (the others — 编发, 批示, 转化为提案… — live elsewhere or not in ledgers). */
const LEDGER_ADOPTIONS = Object.keys(ADOPTION_LABEL_OF) as AdoptionKind[];

interface ExportRow {
  no: string;
  title: string;
  authors: string | null;
  unit: string;
  category: string | null;
  submitted: string;
  issue: string | null;
  province: { reported: string | null; kind: AdoptionKind | null; adopted: string | null };
  national: { reported: string | null; kind: AdoptionKind | null; adopted: string | null };
  instructions: { level: LeaderLevel; name: string; on: string }[] | null;
  note: string | null;
}

const levelColumns = (level: 'province' | 'national') => `json_build_object(
  'reported', (SELECT to_char(min(r.reported_on), 'YYYY-MM-DD') FROM item_report r WHERE r.item_id = i.id AND r.level = '${level}'),
  'kind', a_${level}.kind, 'adopted', to_char(a_${level}.occurred_on, 'YYYY-MM-DD'))`;
const firstAdoption = (level: 'province' | 'national') => `LEFT JOIN LATERAL (
  SELECT e.kind, e.occurred_on FROM adoption_event e WHERE e.item_id = i.id AND e.level = '${level}' AND e.kind = ANY($3::text[])
   ORDER BY e.occurred_on, e.id LIMIT 1) a_${level} ON true`;

/**
 * The ledger export (台账导出): the org's subtree's items submitted in the year (all years without
 * one), in the import's layout, so that an export imports into another committee with the same figures.
 */
@Injectable()
export class LedgerExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(orgId: string, year?: number): Promise<{ fileName: string; content: Buffer }> {
    const [org] = await this.dataSource.query<{ name: string; path: string }[]>('SELECT name, path FROM organisation WHERE id = $1', [orgId]);
    if (!org) throw AppError.notFound('组织', 'orgId');
    const rows = await this.dataSource.query<ExportRow[]>(
      `SELECT coalesce(i.ledger_no, i.id::text) AS no, i.title, u.name AS unit, c.name AS category, i.ledger_note AS note,
              to_char(i.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS submitted,
              (SELECT string_agg(p.name, '${AUTHOR_SEPARATOR}' ORDER BY a.position) FROM item_author a JOIN app_user p ON p.id = a.user_id WHERE a.item_id = i.id) AS authors,
              (SELECT b.year || '年' || CASE WHEN b.kind = 'supplement' THEN '增刊' ELSE '' END || '第' || b.number || '期'
                 FROM bulletin_issue_item x JOIN bulletin_issue b ON b.id = x.issue_id
                WHERE x.item_id = i.id AND NOT x.correction AND b.status = 'published' LIMIT 1) AS issue,
              ${levelColumns('province')} AS province, ${levelColumns('national')} AS national,
              (SELECT json_agg(json_build_object('level', l.leader_level, 'name', l.leader_name, 'on', to_char(l.instructed_on, 'YYYY-MM-DD')) ORDER BY l.instructed_on, l.created_at)
                 FROM leader_instruction l WHERE l.item_id = i.id) AS instructions
         FROM item i JOIN organisation u ON u.id = i.unit_id LEFT JOIN category c ON c.code = i.category_code
              ${firstAdoption('province')} ${firstAdoption('national')}
        WHERE u.path LIKE $1 AND i.status <> 'draft' AND i.submitted_at IS NOT NULL
          AND ($2::int IS NULL OR extract(year FROM i.submitted_at AT TIME ZONE 'Asia/Shanghai') = $2)
        ORDER BY i.submitted_at, no`,
      [`${org.path}%`, year ?? null, LEDGER_ADOPTIONS],
    );
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.columns = LEDGER_COLUMNS.map((header) => ({ header, key: header, width: WIDTHS[header] ?? 14 }));
    for (const row of rows) sheet.addRow(toCells(row));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return { fileName: `${org.name}台账${year ? `${year}年` : ''}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }
}

const WIDTHS: Partial<Record<LedgerColumn, number>> = { 编号: 16, 标题: 48, 作者: 18, 报送单位: 22, 领导批示: 30, 备注: 20 };

function toCells(row: ExportRow): Record<LedgerColumn, string> {
  // A level's adoption without a report of its own gets the adoption's date as its 报送 date: a ledger needs both.
  const level = (outcome: ExportRow['province']) => ({
    reported: outcome.reported ?? (outcome.kind ? outcome.adopted : null) ?? '',
    adopted: outcome.kind ? (ADOPTION_LABEL_OF[outcome.kind] ?? '') : '',
  });
  const province = level(row.province);
  const national = level(row.national);
  return {
    编号: row.no,
    标题: row.title,
    作者: row.authors ?? '',
    报送单位: row.unit,
    类别: row.category ?? '',
    来稿日期: row.submitted,
    市级编发期号: row.issue ?? '',
    报送省政协日期: province.reported,
    报送全国政协日期: national.reported,
    省政协采用: province.adopted,
    全国政协采用: national.adopted,
    领导批示: (row.instructions ?? []).map((i) => `${LEADER_LEVEL_LABELS[i.level]}:${i.name}:${i.on}`).join(INSTRUCTION_SEPARATOR),
    备注: row.note ?? '',
  };
}
