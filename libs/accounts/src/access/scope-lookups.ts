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

  organisation(id: unknown, field: string): Promise<ScopeTarget> {
    return this.find(id, field, '组织', 'SELECT path, NULL AS owners FROM organisation WHERE id = $1');
  }

  user(id: unknown, field: string): Promise<ScopeTarget> {
    return this.find(id, field, '用户', 'SELECT o.path, ARRAY[u.id] AS owners FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1');
  }

  /**
   * The target a query finds for `id`: the query selects `path` (of the organisation the thing belongs
   * to) and `owners` (uuid[] of the people who own it, or NULL). Other libraries pass their own query.
   */
  async find(id: unknown, field: string, what: string, sql: string): Promise<ScopeTarget> {
    this.requireUuid(id, field);
    const [row] = await this.dataSource.query<{ path: string; owners: string[] | null }[]>(sql, [id]);
    if (!row) throw AppError.notFound(what, field);
    return row.owners ? { organisationPath: row.path, ownerIds: row.owners } : { organisationPath: row.path };
  }

  private requireUuid(id: unknown, field: string): asserts id is string {
    if (typeof id !== 'string' || !isUUID(id)) {
      throw AppError.badRequest('INVALID_ID', `${field} 不是有效的编号`, [{ field, message: '应为 UUID' }]);
    }
  }
}
