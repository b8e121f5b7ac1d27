import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { ErrorCode, Permission, Role, RuleSetView } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { DEFAULT_RULES } from '../engine/rule-table';
import { CreateRuleSetDto, UpdateRuleSetDto } from './dto/rule-set.dto';
import { ruleTableProblems } from './rule-table-problems';
import { ruleSetViews } from './rule-set-reader';
import { ScoringRuleSet } from './scoring-rule-set.entity';

type Period = { validFrom: string; validTo: string | null };

/**
 * Rule sets (计分办法) of a committee: created, changed, deleted by an admin; each change rescores
 * the items with events in the period it leaves and the period it takes (outbox jobs in the same
 * transaction). Overlapping validities are refused by the exclusion constraint, and named.
 */
@Injectable()
export class RuleSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
  ) {}

  async list(principal: Principal, committeeId = principal.committeeId): Promise<RuleSetView[]> {
    if (!this.policy.can(principal, Permission.RankingsRead) && !this.policy.can(principal, Permission.ScoringRulesManage)) throw AppError.forbidden();
    await this.committeeInReach(principal, committeeId);
    return ruleSetViews(this.dataSource.manager, { committeeId });
  }

  async create(principal: Principal, { committeeId = principal.committeeId, ...dto }: CreateRuleSetDto): Promise<RuleSetView> {
    checkTables(dto);
    checkPeriod(dto.validFrom, dto.validTo ?? null);
    await this.committeeInReach(principal, committeeId);
    const id = await this.overlapGuard(committeeId, null, { validFrom: dto.validFrom, validTo: dto.validTo ?? null }, () =>
      this.dataSource.transaction(async (tx) => {
        const row = tx.create(ScoringRuleSet, { ...DEFAULT_RULES, ...dto, validTo: dto.validTo ?? null, committeeId, createdById: principal.id });
        const saved = await tx.save(row);
        await this.rescore(tx, committeeId, [saved]);
        return saved.id;
      }),
    );
    return (await ruleSetViews(this.dataSource.manager, { id }))[0];
  }

  async update(principal: Principal, id: string, { version, ...changes }: UpdateRuleSetDto): Promise<RuleSetView> {
    checkTables(changes);
    const current = await this.find(principal, id);
    const fields = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<ScoringRuleSet>;
    const next = { validFrom: fields.validFrom ?? current.validFrom, validTo: 'validTo' in fields ? (fields.validTo ?? null) : current.validTo };
    checkPeriod(next.validFrom, next.validTo);
    await this.overlapGuard(current.committeeId, id, next, () =>
      this.dataSource.transaction(async (tx) => {
        const row = await tx.findOne(ScoringRuleSet, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!row) throw AppError.notFound('计分办法', 'id');
        if (row.version !== version) {
          throw AppError.conflict(ErrorCode.StaleVersion, '计分办法已被他人修改，请刷新后再改', [{ field: 'version', message: `当前版本为 ${row.version}` }]);
        }
        const old = { validFrom: row.validFrom, validTo: row.validTo };
        Object.assign(row, fields);
        await tx.save(row);
        await this.rescore(tx, row.committeeId, [old, next]);
        return id;
      }),
    );
    return (await ruleSetViews(this.dataSource.manager, { id }))[0];
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.find(principal, id);
    await this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(ScoringRuleSet, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw AppError.notFound('计分办法', 'id');
      await tx.delete(ScoringRuleSet, { id });
      await this.rescore(tx, row.committeeId, [row]);
    });
  }

  /** Every item of the committee with an event (adoption, 批示, penalty) dated in one of the periods is refreshed. */
  private async rescore(manager: EntityManager, committeeId: string, periods: Period[]): Promise<void> {
    const [froms, tos] = [periods.map((p) => p.validFrom), periods.map((p) => p.validTo)];
    const rows = await manager.query<{ id: string }[]>(
      `WITH p AS (SELECT daterange(f, t, '[]') AS r FROM unnest($2::date[], $3::date[]) AS x(f, t))
       SELECT i.id FROM item i WHERE i.committee_id = $1 AND (
         EXISTS (SELECT 1 FROM adoption_event e, p WHERE e.item_id = i.id AND p.r @> e.occurred_on)
         OR EXISTS (SELECT 1 FROM leader_instruction l, p WHERE l.item_id = i.id AND p.r @> l.instructed_on)
         OR EXISTS (SELECT 1 FROM score_penalty s, p WHERE s.item_id = i.id AND p.r @> s.found_on))`,
      [committeeId, froms, tos],
    );
    await this.outbox.add(manager, ...refreshScores(rows.map((r) => r.id)));
  }

  private async find(principal: Principal, id: string): Promise<ScoringRuleSet> {
    const row = await this.dataSource.manager.findOneBy(ScoringRuleSet, { id });
    if (!row) throw AppError.notFound('计分办法', 'id');
    await this.committeeInReach(principal, row.committeeId);
    return row;
  }

  /** A committee in the caller's reach: their own, or (admins) one of their subtree. */
  private async committeeInReach(principal: Principal, committeeId: string): Promise<void> {
    const [org] = await this.dataSource.query<{ path: string; kind: string }[]>('SELECT path, kind FROM organisation WHERE id = $1', [committeeId]);
    if (!org) throw AppError.notFound('委员会', 'committeeId');
    const inReach = committeeId === principal.committeeId || (principal.roles.includes(Role.Admin) && org.path.startsWith(principal.organisationPath));
    if (!inReach) throw new AppError(403, ErrorCode.OutOfScope, '该委员会不在您的管理范围内');
    if (org.kind === 'unit') throw AppError.badRequest(ErrorCode.ValidationFailed, '计分办法属于委员会，不属于报送单位', [{ field: 'committeeId', message: '不是委员会' }]);
  }

  /** Runs `write`; an overlap with another rule set of the committee (the exclusion constraint) becomes 409 naming it. */
  private async overlapGuard<T>(committeeId: string, ownId: string | null, period: Period, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const pg = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      if (pg?.code !== '23P01' || pg.constraint !== 'scoring_rule_set_no_overlap') throw error;
      const [other] = await this.dataSource.query<{ name: string; validFrom: string; validTo: string | null }[]>(
        `SELECT name, valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM scoring_rule_set
          WHERE committee_id = $1 AND id IS DISTINCT FROM $2::uuid AND daterange(valid_from, valid_to, '[]') && daterange($3::date, $4::date, '[]')
          ORDER BY valid_from LIMIT 1`,
        [committeeId, ownId, period.validFrom, period.validTo],
      );
      const named = other ? `“${other.name}”（${other.validFrom} 至 ${other.validTo ?? '长期'}）` : '另一套计分办法';
      throw AppError.conflict(ErrorCode.RulesOverlap, `有效期与${named}重叠`, [{ field: 'validFrom', message: `与${named}重叠` }]);
    }
  }
}


function checkTables(dto: { points?: unknown; instructionPoints?: unknown }): void {
  const problems = ruleTableProblems(dto.points, dto.instructionPoints);
  if (problems.length) throw AppError.badRequest(ErrorCode.ValidationFailed, problems.map((p) => `${p.field}：${p.message}`).join('；'), problems);
}

function checkPeriod(validFrom: string, validTo: string | null): void {
  if (validTo !== null && validTo < validFrom) {
    throw AppError.unprocessable(ErrorCode.InvalidPeriod, '有效期的结束日期早于开始日期', [{ field: 'validTo', message: '结束日期早于开始日期' }]);
  }
}
