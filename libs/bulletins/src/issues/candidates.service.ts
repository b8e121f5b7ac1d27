import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { ItemReader } from '@sqmy/items';
import { DataSource } from 'typeorm';
import { numberLabel } from '../layout/numbering';
import { Candidate, IssueKind, IssueStatus, ItemStatus } from '@sqmy/contract';

/** What an editor can put into an issue: the committee's approved items, each with the issue it is already in. */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemReader,
  ) {}

  async list(principal: Principal): Promise<Candidate[]> {
    const rows = await this.dataSource.query<{ id: string; issue_id: string | null; issue_status: IssueStatus | null; year: number | null; number: number | null; total_number: number | null; kind: IssueKind | null }[]>(
      `SELECT i.id, b.id AS issue_id, b.status AS issue_status, b.year, b.number, b.total_number, b.kind
         FROM item i
         LEFT JOIN bulletin_issue_item bi ON bi.item_id = i.id AND NOT bi.correction
         LEFT JOIN bulletin_issue b ON b.id = bi.issue_id
        WHERE i.committee_id = $1 AND i.status = $2
        ORDER BY i.status_changed_at, i.id`,
      [principal.committeeId, ItemStatus.Approved],
    );
    const summaries = new Map((await this.items.summariesOf(rows.map((r) => r.id))).map((s) => [s.id, s]));
    return rows.map((row) => ({
      ...summaries.get(row.id)!,
      issue: row.issue_id
        ? {
            id: row.issue_id,
            status: row.issue_status!,
            numberLabel: row.number === null ? null : numberLabel({ kind: row.kind!, year: row.year!, number: row.number, totalNumber: row.total_number }),
          }
        : null,
    }));
  }
}
