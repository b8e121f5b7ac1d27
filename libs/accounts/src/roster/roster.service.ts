import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, ErrorDetail, Identity, OrganisationKind, Permission, Role, RosterResult } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { JobName, OutboxService } from '@sqmy/queue';
import { DataSource, In } from 'typeorm';
import { AccessPolicy } from '../access/access.policy';
import { Principal } from '../access/principal';
import { generatePassword, hashPassword } from '../auth/passwords';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { readRoster, RosterRow } from './roster-file';

/**
 * Imports a unit's informant roster: all rows or none. New people get an account whose username
 * is their mobile number and a one-time password; people already in the unit are left as they are.
 */
@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly policy: AccessPolicy,
    private readonly outbox: OutboxService,
  ) {}

  async import(principal: Principal, organisationId: string, file: Buffer): Promise<RosterResult> {
    const { rows, errors } = await readRoster(file);
    const target = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisationId });
    const units = await this.unitsByName(target);
    const existing = await this.dataSource.getRepository(User).find({ where: { phone: In(rows.map((r) => r.phone)) } });
    const existingByPhone = new Map(existing.map((user) => [user.phone, user]));

    const toCreate: (RosterRow & { unit: Organisation })[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const unit = units.get(row.unitName);
      const owner = existingByPhone.get(row.phone);
      if (!unit) errors.push({ field: `第${row.row}行 单位`, message: `“${row.unitName}”不是${target.name}或其下属报送单位` });
      else if (!this.policy.can(principal, Permission.RosterImport, { organisationPath: unit.path })) {
        errors.push({ field: `第${row.row}行 单位`, message: `“${row.unitName}”不在您的管理范围内` });
      } else if (owner && owner.organisationId !== unit.id) {
        errors.push({ field: `第${row.row}行 手机号`, message: '该手机号已被其他单位的账号使用' });
      } else if (owner) unchanged += 1;
      else toCreate.push({ ...row, unit });
    }
    if (errors.length > 0) throw rosterInvalid(errors);

    const accounts = await Promise.all(
      toCreate.map(async (row) => {
        const password = generatePassword();
        return { row, password, hash: await hashPassword(password) };
      }),
    );
    await this.dataSource.transaction(async (tx) => {
      const created: User[] = [];
      for (const { row, hash } of accounts) {
        const liaison = row.identity === Identity.Liaison;
        created.push(
          await this.users.insert(tx, {
            username: row.phone,
            name: row.name,
            phone: row.phone,
            passwordHash: hash,
            roles: liaison ? [Role.Informant, Role.UnitAdmin] : [Role.Informant],
            identity: row.identity,
            orgId: row.unit.id,
          }),
        );
      }
      await this.outbox.add(tx, {
        name: JobName.NotifyUsers,
        payload: {
          userIds: created.map((user) => user.id),
          title: '欢迎使用社情民意信息采编平台',
          body: '您已被列入信息员名册，账号为您的手机号。首次登录后请在“账户设置”中修改密码。',
          link: '/account',
        },
      });
    });
    return {
      created: accounts.length,
      unchanged,
      accounts: accounts.map(({ row, password }) => ({ name: row.name, username: row.phone, initialPassword: password })),
    };
  }

  /** The organisation itself (when a unit) and every reporting unit under it, by name. */
  private async unitsByName(target: Organisation): Promise<Map<string, Organisation>> {
    const units = await this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.path LIKE :prefix', { prefix: `${target.path}%` })
      .andWhere('o.kind = :unit', { unit: OrganisationKind.Unit })
      .getMany();
    return new Map(units.map((unit) => [unit.name, unit]));
  }
}

const rosterInvalid = (details: ErrorDetail[]) =>
  AppError.unprocessable(ErrorCode.RosterInvalid, `名册有 ${details.length} 处错误，未导入任何人员，请修改后重新上传`, details);
