import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access.policy';
import { ALLOWED_PARENT_KINDS, ErrorCode, ORGANISATION_KIND_LABELS, OrganisationView, Permission } from '@sqmy/contract';
import { Principal } from '../access/principal';
import { CreateOrganisationDto } from './dto/organisation.dto';
import { newOrganisation, Organisation } from './organisation.entity';

const toView = ({ id, name, kind, parentId, committeeId }: Organisation): OrganisationView => ({ id, name, kind, parentId, committeeId });

const nameTaken = () =>
  AppError.conflict(ErrorCode.OrganisationNameTaken, '同一上级下已有同名组织', [{ field: 'name', message: '同一上级下已有同名组织' }]);

/** The organisation tree: what a person may see of it, and adding or renaming nodes. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async list(principal: Principal): Promise<OrganisationView[]> {
    const { pathPrefixes } = this.policy.visibility(principal, Permission.OrganisationsRead);
    const query = this.dataSource.getRepository(Organisation).createQueryBuilder('o').orderBy('o.path');
    // Everyone sees the chain above them too (their committee, the province…): the tree makes sense only with it.
    query.where(':own LIKE o.path || \'%\'', { own: principal.organisationPath });
    if (pathPrefixes.length > 0) query.orWhere('o.path LIKE ANY(:prefixes)', { prefixes: pathPrefixes.map((p) => `${p}%`) });
    return (await query.getMany()).map(toView);
  }

  async get(id: string): Promise<OrganisationView> {
    const org = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!org) throw AppError.notFound('组织');
    return toView(org);
  }

  async create(dto: CreateOrganisationDto, manager: EntityManager = this.dataSource.manager): Promise<OrganisationView> {
    const parent = await manager.findOneBy(Organisation, { id: dto.parentId });
    if (!parent) throw AppError.notFound('上级组织', 'parentId');
    if (!ALLOWED_PARENT_KINDS[dto.kind].includes(parent.kind)) {
      const message = `${ORGANISATION_KIND_LABELS[dto.kind]}不能设在${ORGANISATION_KIND_LABELS[parent.kind]}之下`;
      throw AppError.unprocessable(ErrorCode.InvalidParent, message, [{ field: 'parentId', message }]);
    }
    try {
      return toView(await manager.save(newOrganisation(dto.name, dto.kind, parent)));
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_parent_name_key')) throw nameTaken();
      throw error;
    }
  }

  async rename(id: string, name: string): Promise<OrganisationView> {
    const repository = this.dataSource.getRepository(Organisation);
    try {
      await repository.update(id, { name });
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_parent_name_key')) throw nameTaken();
      throw error;
    }
    return this.get(id);
  }
}
