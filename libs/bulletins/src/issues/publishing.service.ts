import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { Item, ItemTransitionsService } from '@sqmy/items';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { DataSource, In } from 'typeorm';
import { BulletinSeries } from '../series/bulletin-series.entity';
import { BulletinIssueItem } from './bulletin-issue-item.entity';
import { lockIssue } from './issue-items';
import { ErrorCode, ISSUE_STATUS_LABELS, IssueStatus, IssueView, ItemAction, ItemStatus } from '@sqmy/contract';
import { IssueReader, labelOf } from './issue-reader';
import { PublicationRecorder } from './publication-recorder';

/**
 * Publishing (印发) a signed issue: each item moves approved → published through the item state
 * table and gets a city-level 编发 adoption event; the issue is published. All or nothing: an item
 * no longer approved (rejected after signing) refuses the whole publication.
 */
@Injectable()
export class PublishingService implements OnModuleInit {
  private recorder: PublicationRecorder;

  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ItemTransitionsService,
    private readonly reader: IssueReader,
    private readonly outbox: OutboxService,
  ) {}

  /** The recorder of the 编发 events: OutcomesModule provides it (outcomes imports bulletins, not the reverse); an app without it does not start. */
  onModuleInit(): void {
    this.recorder = this.moduleRef.get(PublicationRecorder, { strict: false });
  }

  async publish(principal: Principal, id: string): Promise<IssueView> {
    return this.dataSource.transaction(async (manager) => {
      const issue = await lockIssue(manager, principal, id);
      if (issue.status !== IssueStatus.Signed) {
        throw AppError.conflict(ErrorCode.IssueNotSigned, `本期当前为“${ISSUE_STATUS_LABELS[issue.status]}”，只有已签发的期刊才能印发`, [{ field: 'status', message: issue.status }]);
      }
      const series = await manager.findOneByOrFail(BulletinSeries, { id: issue.seriesId });
      const label = labelOf(issue)!;
      const rows = await manager.find(BulletinIssueItem, { where: { issueId: id }, order: { position: 'ASC' } });
      const items = await manager.find(Item, { where: { id: In(rows.map((r) => r.itemId)) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const compiled: string[] = [];
      for (const row of rows) {
        const item = items.find((i) => i.id === row.itemId)!;
        // A correction may carry items its corrected issue already published: they stay as they are.
        if (issue.correctsIssueId && item.status === ItemStatus.Published) continue;
        await this.transitions.move(manager, principal, item, ItemAction.Publish, { comment: `编入《${series.title}》${label}` });
        compiled.push(item.id);
      }
      await this.recorder.recordCompiled(manager, { issueId: issue.id, itemIds: compiled, outlet: `《${series.title}》`, documentRef: label, recordedById: principal.id });
      await this.outbox.add(manager, ...refreshScores(rows.map((r) => r.itemId))); // 编发 scores; published items count
      Object.assign(issue, { status: IssueStatus.Published, publishedById: principal.id, publishedAt: new Date() });
      await manager.save(issue);
      return this.reader.get(principal, id, manager);
    });
  }
}
