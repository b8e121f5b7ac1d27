import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@sqmy/http';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@sqmy/contract';
import { ScopeTarget } from './principal';

/** Looks up where a resource sits in the tree; bad or unknown ids become 400 / 404, never a database error. */
@Injectable()
export class ScopeLookups {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  organisation(id: unknown, field: string): Promise<ScopeTarget> {
    return this.find(id, field, '组织', 'SELECT path, NULL AS owners FROM organisation WHERE id = $1');
  }

  /**
   * An organisation a request names for committee-owned data (a committee's imports, its quotas, its
   * 通报…): the data of a unit is its committee's, so the target is owned by the organisation's committee.
   */
  committeeOf(id: unknown, field: string): Promise<ScopeTarget> {
    return this.find(id, field, '组织', 'SELECT path, NULL AS owners, committee_id AS committee FROM organisation WHERE id = $1');
  }

  /** A row of `table` owned by the committee in its `committee_id` column. `table` is a name from the code, never from a request. */
  ownedByCommittee(table: string, id: unknown, field: string, what: string): Promise<ScopeTarget> {
    return this.find(id, field, what, `SELECT o.path, NULL AS owners, o.id AS committee FROM ${table} t JOIN organisation o ON o.id = t.committee_id WHERE t.id = $1`);
  }

  user(id: unknown, field: string): Promise<ScopeTarget> {
    return this.find(id, field, '用户', 'SELECT o.path, ARRAY[u.id] AS owners FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1');
  }

  /**
   * The target a query finds for `id`: the query selects `path` (of the organisation the thing belongs
   * to), `owners` (uuid[] of the people who own it, or NULL) and — for committee-owned data — `committee`
   * (the id of the committee that owns it). Other libraries pass their own query.
   */
  async find(id: unknown, field: string, what: string, sql: string): Promise<ScopeTarget> {
    this.requireUuid(id, field);
    const [row] = await this.dataSource.query<{ path: string; owners: string[] | null; committee?: string | null }[]>(sql, [id]);
    if (!row) throw AppError.notFound(what, field);
    return {
      organisationPath: row.path,
      ...(row.owners ? { ownerIds: row.owners } : {}),
      ...(row.committee ? { committeeId: row.committee } : {}),
    };
  }

  private requireUuid(id: unknown, field: string): asserts id is string {
    if (typeof id !== 'string' || !isUUID(id)) {
      throw AppError.badRequest(ErrorCode.InvalidId, `${field} 不是有效的编号`, [{ field, message: '应为 UUID' }]);
    }
  }
}
