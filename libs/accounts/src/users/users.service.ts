import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { JobName, OutboxService } from '@sqmy/queue';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access.policy';
import { ErrorCode, GRANTABLE_ROLES, Page, PasswordReset, Permission, Role, ROLE_LABELS, UserView } from '@sqmy/contract';
import { Principal } from '../access/principal';
import { generatePassword, hashPassword } from '../auth/passwords';
import { Session } from '../auth/session.entity';
import { Organisation } from '../organisations/organisation.entity';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './dto/user.dto';
import { User } from './user.entity';
import { toUserView } from './to-user-view';

/** Accounts: listing within reach, creating, editing, resetting passwords. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly outbox: OutboxService,
  ) {}

  async list(principal: Principal, query: ListUsersQuery): Promise<Page<UserView>> {
    const { pathPrefixes, ownerId } = this.policy.visibility(principal, Permission.UsersRead);
    const builder = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.organisation', 'o')
      .where(
        new Brackets((visible) => {
          visible.where('o.path LIKE ANY(:prefixes)', { prefixes: pathPrefixes.map((p) => `${p}%`) });
          if (ownerId) visible.orWhere('u.id = :ownerId', { ownerId });
        }),
      );
    if (query.orgId) builder.andWhere('u.organisation_id = :orgId', { orgId: query.orgId });
    if (query.role) builder.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.q) {
      builder.andWhere('(u.name ILIKE :q OR u.username ILIKE :q OR u.phone ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    }
    const [users, total] = await builder
      .orderBy('o.path')
      .addOrderBy('u.name')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: users.map(toUserView), total };
  }

  async create(principal: Principal, dto: CreateUserDto, manager?: EntityManager): Promise<UserView> {
    this.assertGrantable(principal, dto.roles);
    const passwordHash = await hashPassword(dto.password);
    const run = async (tx: EntityManager) => {
      await this.requireOrganisation(tx, dto.orgId);
      const user = await this.insert(tx, { ...dto, passwordHash });
      await this.outbox.add(tx, {
        name: JobName.NotifyUsers,
        payload: {
          userIds: [user.id],
          title: '欢迎使用社情民意信息采编平台',
          body: `您的账号已开通，角色：${dto.roles.map((r) => ROLE_LABELS[r]).join('、')}。首次登录后请在“账户设置”中修改密码。`,
          link: '/account',
        },
      });
      return user.id;
    };
    const id = manager ? await run(manager) : await this.dataSource.transaction(run);
    return this.get(id);
  }

  async update(principal: Principal, id: string, dto: UpdateUserDto): Promise<UserView> {
    const existing = await this.dataSource.getRepository(User).findOneByOrFail({ id });
    this.assertGrantable(principal, existing.roles);
    if (dto.roles) this.assertGrantable(principal, dto.roles);
    if (dto.orgId && dto.orgId !== existing.organisationId) {
      const org = await this.requireOrganisation(this.dataSource.manager, dto.orgId);
      this.policy.assert(principal, Permission.UsersManage, { organisationPath: org.path });
    }
    if (id === principal.id && (dto.active === false || (dto.roles && !dto.roles.includes(Role.Admin) && existing.roles.includes(Role.Admin)))) {
      throw AppError.unprocessable(ErrorCode.SelfLockout, '不能停用自己的账号或取消自己的管理员角色');
    }
    await this.dataSource.transaction(async (tx) => {
      const { orgId, ...rest } = dto;
      try {
        await tx.update(User, id, { ...rest, ...(orgId ? { organisationId: orgId } : {}) });
      } catch (error) {
        if (isUniqueViolation(error, 'app_user_phone_key')) throw phoneTaken();
        throw error;
      }
      if (dto.active === false) await tx.update(Session, { userId: id }, { revokedAt: () => 'coalesce(revoked_at, now())' });
    });
    return this.get(id);
  }

  async resetPassword(principal: Principal, id: string): Promise<PasswordReset> {
    const existing = await this.dataSource.getRepository(User).findOneByOrFail({ id });
    this.assertGrantable(principal, existing.roles);
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(User, id, { passwordHash, passwordChangedAt: new Date() });
      await tx.update(Session, { userId: id }, { revokedAt: () => 'coalesce(revoked_at, now())' });
    });
    return { password };
  }

  async get(id: string): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id }, relations: { organisation: true } });
    if (!user) throw AppError.notFound('用户');
    return toUserView(user);
  }

  /** Inserts an account; the one place username and phone uniqueness become readable errors. */
  async insert(manager: EntityManager, fields: Omit<CreateUserDto, 'password'> & { passwordHash: string }): Promise<User> {
    try {
      return await manager.save(
        manager.create(User, {
          username: fields.username,
          name: fields.name,
          phone: fields.phone ?? null,
          passwordHash: fields.passwordHash,
          roles: fields.roles,
          identity: fields.identity ?? null,
          organisationId: fields.orgId,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_username_key')) {
        throw AppError.conflict(ErrorCode.UsernameTaken, '用户名已被使用', [{ field: 'username', message: '用户名已被使用' }]);
      }
      if (isUniqueViolation(error, 'app_user_phone_key')) throw phoneTaken();
      throw error;
    }
  }

  private async requireOrganisation(manager: EntityManager, id: string): Promise<Organisation> {
    const org = await manager.findOneBy(Organisation, { id });
    if (!org) throw AppError.notFound('所属组织', 'orgId');
    return org;
  }

  private assertGrantable(principal: Principal, roles: readonly Role[]): void {
    const grantable = new Set(principal.roles.flatMap((role) => GRANTABLE_ROLES[role]));
    const refused = roles.filter((role) => !grantable.has(role));
    if (refused.length > 0) {
      throw new AppError(403, ErrorCode.RoleNotGrantable, `您不能管理具有“${refused.map((r) => ROLE_LABELS[r]).join('、')}”角色的账号`, [
        { field: 'roles', message: '超出可授予的角色' },
      ]);
    }
  }
}

const phoneTaken = () => AppError.conflict(ErrorCode.PhoneTaken, '手机号已被其他账号使用', [{ field: 'phone', message: '手机号已被其他账号使用' }]);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
