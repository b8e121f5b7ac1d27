import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { BulkReportResult, ErrorCode, ReportView } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { DataSource, EntityManager, In } from 'typeorm';
import { activeOutlet } from '../outlets/active-outlet';
import { assertOwnCommittee, lockRecordableItems } from '../recording/recordable-items';
import { BulkReportDto, CreateReportDto } from './dto/report.dto';
import { ItemReport } from './item-report.entity';
import { readReports } from './report-reader';

/**
 * Reports (报送): an item sent to an outlet on a date, recorded once. One by one, or in bulk for a
 * published issue's items or a list of items — one transaction, all or nothing.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async create(principal: Principal, itemId: string, dto: CreateReportDto): Promise<ReportView> {
    return this.dataSource.transaction(async (manager) => {
      const { created, existing } = await this.record(manager, principal, [itemId], dto, null, 'id');
      if (existing) throw AppError.conflict(ErrorCode.AlreadyRecorded, '该稿件已登记过同一渠道、同一日期的报送', [{ field: 'reportedOn', message: '已登记' }]);
      return created[0];
    });
  }

  async bulk(principal: Principal, dto: BulkReportDto): Promise<BulkReportResult> {
    const { issueId, itemIds, ...report } = dto;
    if ((issueId === undefined) === (itemIds === undefined)) {
      throw AppError.badRequest(ErrorCode.ValidationFailed, '请选择一期（issueId）或一组稿件（itemIds），二者选一', [{ field: 'issueId', message: '与 itemIds 二者选一' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const ids = issueId ? await this.publishedIssueItems(manager, principal, issueId) : itemIds!;
      return this.record(manager, principal, ids, report, issueId ?? null, issueId ? 'issueId' : 'itemIds');
    });
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [report] = await manager.query<{ committee_id: string; item_id: string }[]>(
        'SELECT i.committee_id, r.item_id FROM item_report r JOIN item i ON i.id = r.item_id WHERE r.id = $1 FOR UPDATE OF r',
        [id],
      );
      if (!report) throw AppError.notFound('报送记录', 'id');
      assertOwnCommittee(principal, report.committee_id);
      await manager.delete(ItemReport, { id });
      await this.outbox.add(manager, ...refreshScores([report.item_id]));
    });
  }

  /** Writes the reports the items do not have yet (same outlet and date); counts those they have. */
  private async record(
    manager: EntityManager,
    principal: Principal,
    itemIds: string[],
    { outletId, reportedOn, channel, reference }: CreateReportDto,
    bulletinIssueId: string | null,
    field: string,
  ): Promise<BulkReportResult> {
    const outlet = await activeOutlet(manager, outletId);
    const items = await lockRecordableItems(manager, principal, itemIds, 'report', field);
    const recorded = new Set(
      (await manager.find(ItemReport, { select: { itemId: true }, where: { itemId: In(itemIds), outletId, reportedOn } })).map((r) => r.itemId),
    );
    const fresh = items.filter((item) => !recorded.has(item.id));
    const rows = fresh.map((item) => ({
      itemId: item.id,
      outletId,
      level: outlet.level,
      reportedOn,
      channel: channel ?? null,
      reference: reference ?? null,
      bulletinIssueId,
      createdById: principal.id,
    }));
    const ids = rows.length ? (await manager.insert(ItemReport, rows)).identifiers.map((row) => row.id as string) : [];
    await this.outbox.add(manager, ...refreshScores(fresh.map((item) => item.id)));
    const views = new Map((await readReports(manager, { ids })).map((view) => [view.item.id, view]));
    return { created: fresh.map((item) => views.get(item.id)!), existing: items.length - fresh.length };
  }

  /** The items of a published issue of the caller's committee, in the issue's order. */
  private async publishedIssueItems(manager: EntityManager, principal: Principal, issueId: string): Promise<string[]> {
    const [issue] = await manager.query<{ committee_id: string; status: string; item_ids: string[] }[]>(
      `SELECT bi.committee_id, bi.status, ARRAY(SELECT e.item_id FROM bulletin_issue_item e WHERE e.issue_id = bi.id ORDER BY e.position) AS item_ids
         FROM bulletin_issue bi WHERE bi.id = $1 FOR SHARE`,
      [issueId],
    );
    if (!issue) throw AppError.notFound('期刊', 'issueId');
    assertOwnCommittee(principal, issue.committee_id, '期刊');
    if (issue.status !== 'published') throw AppError.conflict(ErrorCode.IssueNotPublished, '只有已印发的期刊才能整期报送', [{ field: 'issueId', message: '尚未印发' }]);
    return issue.item_ids;
  }
}
