import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { CommissionStatus, ErrorCode, OrganisationKind, Permission, Role } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { JobName, OutboxService } from '@sqmy/queue';
import { Brackets, DataSource } from 'typeorm';
import { Topic } from '../topics/topic.entity';
import { Commission } from './commission.entity';
import { CreateCommissionDto } from './dto/commission.dto';

/** Commissioned items (约稿): asked by an editor, shown to the informant or unit asked, closed by the item that answers. */
@Injectable()
export class CommissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly outbox: OutboxService,
  ) {}

  /** Editors see their committee's; informants what was asked of them or of their unit; liaisons their unit's. */
  list(principal: Principal, openOnly: boolean): Promise<Commission[]> {
    const { pathPrefixes, committeeIds } = this.policy.visibility(principal, Permission.CommissionsRead, 'committee');
    const query = this.dataSource
      .getRepository(Commission)
      .createQueryBuilder('c')
      .innerJoin('organisation', 'unit', 'unit.id = c.assignee_unit_id')
      .where(
        new Brackets((visible) => {
          visible.where('c.assignee_user_id = :me', { me: principal.id });
          visible.orWhere('(c.assignee_user_id IS NULL AND c.assignee_unit_id = :unit)', { unit: principal.organisationId });
          if (pathPrefixes.length) visible.orWhere('unit.path LIKE ANY(:prefixes)', { prefixes: pathPrefixes.map((p) => `${p}%`) });
          if (committeeIds.length) visible.orWhere('c.committee_id = ANY(:committeeIds)', { committeeIds });
        }),
      )
      .orderBy('c.due_on', 'ASC');
    if (openOnly) query.andWhere('c.status = :open', { open: CommissionStatus.Open });
    return query.getMany();
  }

  async create(principal: Principal, dto: CreateCommissionDto): Promise<Commission> {
    return this.dataSource.transaction(async (manager) => {
      const unitId = await this.resolveUnit(principal, dto);
      if (dto.topicId && !(await manager.existsBy(Topic, { id: dto.topicId, committeeId: principal.committeeId }))) {
        throw AppError.unprocessable(ErrorCode.InvalidReference, '没有这个选题', [{ field: 'topicId', message: '没有这个选题' }]);
      }
      const commission = await manager.save(Commission, {
        committeeId: principal.committeeId,
        topicId: dto.topicId ?? null,
        title: dto.title,
        note: dto.note ?? '',
        assigneeUserId: dto.assigneeUserId ?? null,
        assigneeUnitId: unitId,
        dueOn: dto.dueOn,
        createdById: principal.id,
      });
      const recipients = dto.assigneeUserId
        ? [dto.assigneeUserId]
        : (await manager.query<{ id: string }[]>(`SELECT id FROM app_user WHERE organisation_id = $1 AND active AND $2 = ANY(roles)`, [unitId, Role.UnitAdmin])).map((r) => r.id);
      await this.outbox.add(manager, {
        name: JobName.NotifyUsers,
        payload: { userIds: recipients, title: '约稿', body: `研究中心约稿：${dto.title}，请于 ${dto.dueOn} 前报送。`, link: '/my-items' },
      });
      return commission;
    });
  }

  async cancel(id: string): Promise<Commission> {
    const repository = this.dataSource.getRepository(Commission);
    const result = await repository.update({ id, status: CommissionStatus.Open }, { status: CommissionStatus.Cancelled });
    if (result.affected === 0) throw AppError.conflict(ErrorCode.CommissionClosed, '该约稿已结束，不能撤销');
    return repository.findOneByOrFail({ id });
  }

  /** The unit asked: given, or the named informant's; either way inside the editor's committee. */
  private async resolveUnit(principal: Principal, dto: CreateCommissionDto): Promise<string> {
    const field = dto.assigneeUserId ? 'assigneeUserId' : 'assigneeUnitId';
    const [row] = dto.assigneeUserId
      ? await this.dataSource.query<{ id: string; committee_id: string; roles: Role[] }[]>(
          'SELECT o.id, o.committee_id, u.roles FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1',
          [dto.assigneeUserId],
        )
      : dto.assigneeUnitId
        ? await this.dataSource.query<{ id: string; committee_id: string; roles: null }[]>(
            'SELECT id, committee_id, NULL AS roles FROM organisation WHERE id = $1 AND kind = $2',
            [dto.assigneeUnitId, OrganisationKind.Unit],
          )
        : [];
    if (!row || row.committee_id !== principal.committeeId || (row.roles && !row.roles.includes(Role.Informant))) {
      throw AppError.unprocessable(ErrorCode.InvalidAssignee, '请约请本委员会的信息员或报送单位', [{ field, message: '不是本委员会的信息员或报送单位' }]);
    }
    return row.id;
  }
}
