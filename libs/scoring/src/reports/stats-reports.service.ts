import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { ErrorCode, Permission, StatsReportStatus, StatsReportView, TallyGrain } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { JobName, OutboxService } from '@sqmy/queue';
import { FileStorage } from '@sqmy/storage';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { firstDay, Period } from '../rankings/period';
import { RequestStatsReportDto } from './dto/stats-report.dto';
import { reportLabel, reportPeriod, storedReportPeriod } from './report-period';

interface ReportRow extends Omit<StatsReportView, 'label' | 'files'> {
  docxKey: string | null;
  xlsxKey: string | null;
}

const REPORTS_SQL = `
  SELECT r.id, json_build_object('id', c.id, 'name', c.name) AS committee, r.grain, r.period_start::text AS "periodStart",
         r.status, r.progress, r.error, CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS "requestedBy",
         r.created_at AS "createdAt", r.finished_at AS "finishedAt", r.docx_key AS "docxKey", r.xlsx_key AS "xlsxKey"
    FROM stats_report r JOIN organisation c ON c.id = r.committee_id LEFT JOIN app_user u ON u.id = r.requested_by_id`;

export const STATS_REPORT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Writes a 统计通报's row (queued) and its job in the caller's transaction. A report of the period
 * that exists already is queued again when `again`, else left alone (null).
 */
export async function queueStatsReport(
  manager: EntityManager,
  outbox: OutboxService,
  request: { committeeId: string; grain: TallyGrain; period: Period; requestedById: string | null; again: boolean },
): Promise<string | null> {
  const onConflict = request.again
    ? `DO UPDATE SET status = 'queued', progress = 0, error = NULL, finished_at = NULL, requested_by_id = EXCLUDED.requested_by_id`
    : 'DO NOTHING';
  const [row] = await manager.query<{ id: string }[]>(
    `INSERT INTO stats_report (committee_id, grain, period_start, requested_by_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT ON CONSTRAINT stats_report_period_key ${onConflict} RETURNING id`,
    [request.committeeId, request.grain, firstDay(request.period), request.requestedById],
  );
  if (!row) return null;
  await outbox.add(manager, { name: JobName.MakeStatsReport, payload: { reportId: row.id } });
  return row.id;
}

/** The 统计通报 as the API serves them: on demand, lists, one, and its files. */
@Injectable()
export class StatsReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly outbox: OutboxService,
    private readonly storage: FileStorage,
  ) {}

  async request(principal: Principal, dto: RequestStatsReportDto): Promise<StatsReportView> {
    const committeeId = dto.committeeId ?? principal.committeeId;
    const [committee] = await this.dataSource.query<{ path: string; kind: string }[]>('SELECT path, kind FROM organisation WHERE id = $1', [committeeId]);
    if (!committee) throw AppError.notFound('组织', 'committeeId');
    this.policy.assert(principal, Permission.StatsReportsRun, { organisationPath: committee.path, committeeId });
    if (committee.kind === 'unit') throw AppError.badRequest(ErrorCode.NotACommittee, '统计通报只能按政协生成', [{ field: 'committeeId', message: '不是政协' }]);
    const period = reportPeriod(dto.grain, dto.period);
    const id = await this.dataSource.transaction((manager) =>
      queueStatsReport(manager, this.outbox, { committeeId, grain: dto.grain, period, requestedById: principal.id, again: true }),
    );
    return this.get(id!);
  }

  async list(committeeId: string): Promise<StatsReportView[]> {
    const rows = await this.dataSource.query<ReportRow[]>(`${REPORTS_SQL} WHERE r.committee_id = $1 ORDER BY r.period_start DESC, array_position(ARRAY['year', 'quarter', 'month'], r.grain)`, [committeeId]);
    return rows.map(view);
  }

  async get(id: string): Promise<StatsReportView> {
    return view(await this.row(id));
  }

  async open(id: string, format: 'docx' | 'xlsx'): Promise<{ fileName: string; type: string; stream: Readable }> {
    const row = await this.row(id);
    const key = format === 'docx' ? row.docxKey : row.xlsxKey;
    if (row.status !== StatsReportStatus.Succeeded || !key) {
      throw AppError.conflict(ErrorCode.DocumentNotReady, row.status === StatsReportStatus.Failed ? '统计通报生成失败，请重新生成' : '统计通报正在生成，请稍后再试');
    }
    const label = reportLabel(storedReportPeriod(row.grain, row.periodStart));
    return { fileName: `${row.committee.name}${label}.${format}`, type: STATS_REPORT_TYPES[format], stream: await this.storage.open(key) };
  }

  private async row(id: string): Promise<ReportRow> {
    const [row] = await this.dataSource.query<ReportRow[]>(`${REPORTS_SQL} WHERE r.id = $1`, [id]);
    if (!row) throw AppError.notFound('统计通报', 'id');
    return row;
  }
}

function view({ docxKey, xlsxKey, ...row }: ReportRow): StatsReportView {
  return { ...row, label: reportLabel(storedReportPeriod(row.grain, row.periodStart)), files: { docx: docxKey !== null, xlsx: xlsxKey !== null } };
}
