import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@sqmy/http';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ScopeTarget } from './principal';

/** Looks up where a resource sits in the tree; bad or unknown ids become 400 / 404, never a database error. */
@Injectable()
export class ScopeLookups {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organisation(id: unknown, field: string): Promise<ScopeTarget> {
    this.requireUuid(id, field);
    const [row] = await this.dataSource.query<{ path: string }[]>('SELECT path FROM organisation WHERE id = $1', [id]);
    if (!row) throw AppError.notFound('组织', field);
    return { organisationPath: row.path };
  }

  async user(id: unknown, field: string): Promise<ScopeTarget> {
    this.requireUuid(id, field);
    const [row] = await this.dataSource.query<{ path: string }[]>(
      'SELECT o.path FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1',
      [id],
    );
    if (!row) throw AppError.notFound('用户', field);
    return { organisationPath: row.path, ownerIds: [String(id)] };
  }

  private requireUuid(id: unknown, field: string): asserts id is string {
    if (typeof id !== 'string' || !isUUID(id)) {
      throw AppError.badRequest('INVALID_ID', `${field} 不是有效的编号`, [{ field, message: '应为 UUID' }]);
    }
  }
}
