import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { ErrorCode, Permission, QuotaGrain, QuotaView } from '@sqmy/contract';
import { isUniqueViolation } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { firstDay, monthPeriod, today } from '../rankings/period';
import { CreateQuotaDto, UpdateQuotaDto } from './dto/quota.dto';
import { quotaProgress } from './quota-progress';
import { Quota } from './quota.entity';

export interface QuotaFilter {
  committeeId?: string;
  year?: number;
  ids?: string[];
  subjectIds?: string[];
  behind?: boolean;
}

interface QuotaRow extends Omit<QuotaView, 'progress'> {
  done: number;
}

/**
 * Quotas with their progress: `done` sums the subject's month tallies (items submitted) from
 * January up to the current month. $1 = the first day of the current month.
 */
const QUOTAS_SQL = `
  SELECT q.id, json_build_object('id', c.id, 'name', c.name) AS committee, q.subject_type AS "subjectType",
         json_build_object('id', q.subject_id, 'name', coalesce(u.name, o.name)) AS subject,
         q.grain, q.year, q.target, q.version,
         coalesce((SELECT sum(t.submitted) FROM score_tally t
                    WHERE t.subject_type = q.subject_type AND t.subject_id = q.subject_id AND t.grain = 'month'
                      AND t.period >= make_date(q.year, 1, 1) AND t.period < make_date(q.year + 1, 1, 1) AND t.period <= $1::date), 0)::int AS done
    FROM quota q
    JOIN organisation c ON c.id = q.committee_id
    LEFT JOIN app_user u ON q.subject_type = 'informant' AND u.id = q.subject_id
    LEFT JOIN organisation o ON q.subject_type = 'unit' AND o.id = q.subject_id
   WHERE ($2::uuid IS NULL OR q.committee_id = $2) AND ($3::int IS NULL OR q.year = $3)
     AND ($4::uuid[] IS NULL OR q.id = ANY($4)) AND ($5::uuid[] IS NULL OR q.subject_id = ANY($5))`;

/** Quotas (任务数) of informants and units, and their progress. */
@Injectable()
export class QuotasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** Least progress first; `behind` keeps those under their due. */
  async list(filter: QuotaFilter, now = new Date()): Promise<QuotaView[]> {
    const current = today(now);
    const rows = await this.dataSource.query<QuotaRow[]>(QUOTAS_SQL, [
      firstDay(monthPeriod(current.year, current.month)),
      filter.committeeId ?? null,
      filter.year ?? null,
      filter.ids ?? null,
      filter.subjectIds ?? null,
    ]);
    return rows
      .map(({ done, ...quota }) => ({ ...quota, progress: quotaProgress(quota.grain, quota.year, quota.target, done, current) }))
      .filter((quota) => !filter.behind || quota.progress.behind)
      .sort((a, b) => (a.progress.ratio ?? Infinity) - (b.progress.ratio ?? Infinity) || a.subject.name.localeCompare(b.subject.name, 'zh-CN'));
  }

  async get(id: string): Promise<QuotaView> {
    const [quota] = await this.list({ ids: [id] });
    if (!quota) throw AppError.notFound('任务数', 'id');
    return quota;
  }

  async create(principal: Principal, dto: CreateQuotaDto): Promise<QuotaView> {
    const subject = await this.subject(dto.subjectType, dto.subjectId);
    this.policy.assert(principal, Permission.QuotasManage, { organisationPath: subject.path, committeeId: subject.committeeId });
    try {
      const { identifiers } = await this.dataSource.getRepository(Quota).insert({
        committeeId: subject.committeeId,
        subjectType: dto.subjectType,
        subjectId: dto.subjectId,
        grain: dto.grain,
        year: dto.year,
        target: dto.target,
        createdById: principal.id,
      });
      return this.get(identifiers[0].id as string);
    } catch (error) {
      if (isUniqueViolation(error, 'quota_subject_key')) {
        throw AppError.conflict(ErrorCode.Conflict, `${subject.name}${dto.year}年已有${dto.grain === QuotaGrain.Month ? '每月' : '全年'}任务数`, [{ field: 'subjectId', message: '已存在' }]);
      }
      throw error;
    }
  }

  async update(id: string, dto: UpdateQuotaDto): Promise<QuotaView> {
    const result = await this.dataSource.query<[unknown[], number]>(
      'UPDATE quota SET target = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id',
      [id, dto.version, dto.target],
    );
    if (result[1] === 0) {
      await this.get(id); // 404 when it is gone
      throw AppError.conflict(ErrorCode.StaleVersion, '任务数已被他人修改，请刷新后再改', [{ field: 'version', message: '版本已过期' }]);
    }
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.getRepository(Quota).delete({ id });
  }

  private async subject(type: 'informant' | 'unit', id: string): Promise<{ name: string; path: string; committeeId: string }> {
    const sql =
      type === 'informant'
        ? 'SELECT u.name, o.path, o.committee_id AS "committeeId" FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1'
        : `SELECT o.name, o.path, o.committee_id AS "committeeId" FROM organisation o WHERE o.id = $1 AND o.kind = 'unit'`;
    const [subject] = await this.dataSource.query<{ name: string; path: string; committeeId: string }[]>(sql, [id]);
    if (!subject) throw AppError.notFound(type === 'informant' ? '信息员' : '报送单位', 'subjectId');
    return subject;
  }
}
