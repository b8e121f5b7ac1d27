import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { Item } from '@sqmy/items';
import { JobName, OutboxService } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { DocumentStatus, ErrorCode, IssueStatus, IssueView, todayInChina } from '@sqmy/contract';
import { BulletinCounter } from '../series/bulletin-counter.entity';
import { BulletinIssueItem } from './bulletin-issue-item.entity';
import { BulletinIssue } from './bulletin-issue.entity';
import { SignIssueDto } from './dto/issue.dto';
import { checkIssueItems, lockDraft } from './issue-items';
import { IssueReader } from './issue-reader';

/**
 * Signing (签发) by the chief editor: the date is fixed, the issue gets the next 第N期 of its year
 * and the next 总第M期 of its series and kind, each item's text is copied as it is now, and the
 * .docx is queued — all in one transaction.
 *
 * Numbers are gap-free under concurrent signing because the transaction locks the series' counter
 * row for the issue's kind before it counts: signings of one series and kind take turns. The unique
 * keys on `bulletin_issue` turn any slip into an error instead of a duplicate.
 */
@Injectable()
export class SigningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: IssueReader,
    private readonly outbox: OutboxService,
  ) {}

  async sign(principal: Principal, id: string, dto: SignIssueDto): Promise<IssueView> {
    return this.dataSource.transaction(async (manager) => {
      const issue = await lockDraft(manager, principal, id);
      const rows = await manager.find(BulletinIssueItem, { where: { issueId: id }, order: { position: 'ASC' } });
      if (rows.length === 0) throw AppError.unprocessable(ErrorCode.IssueEmpty, '本期还没有稿件，不能签发', [{ field: 'items', message: '至少编入一篇稿件' }]);
      const items = await checkIssueItems(manager, principal, issue, rows.map((r) => r.itemId));
      await this.freeze(manager, issue, items);

      const date = dto.date ?? todayInChina();
      const year = Number(date.slice(0, 4));
      const { number, totalNumber } = await this.nextNumbers(manager, issue, year);
      Object.assign(issue, {
        status: IssueStatus.Signed,
        date,
        year,
        number,
        totalNumber,
        signedById: principal.id,
        signedAt: new Date(),
        documentStatus: DocumentStatus.Pending,
      });
      await manager.save(issue);
      await this.outbox.add(manager, { name: JobName.RenderBulletin, payload: { issueId: id } });
      return this.reader.get(principal, id, manager);
    });
  }

  /** Takes the series' counter for the kind (waiting for any other signing of it), then counts on. */
  private async nextNumbers(manager: EntityManager, issue: BulletinIssue, year: number): Promise<{ number: number; totalNumber: number }> {
    await manager.createQueryBuilder().insert().into(BulletinCounter).values({ seriesId: issue.seriesId, kind: issue.kind }).orIgnore().execute();
    const counter = await manager.findOneOrFail(BulletinCounter, { where: { seriesId: issue.seriesId, kind: issue.kind }, lock: { mode: 'pessimistic_write' } });
    const [{ last }] = await manager.query<{ last: number }[]>(
      'SELECT COALESCE(max(number), 0)::int AS last FROM bulletin_issue WHERE series_id = $1 AND kind = $2 AND year = $3',
      [issue.seriesId, issue.kind, year],
    );
    counter.lastTotalNumber += 1;
    await manager.save(counter);
    return { number: last + 1, totalNumber: counter.lastTotalNumber };
  }

  /** Copies each item's title, body and byline as the draft shows them now, and its version, into the issue: later edits never reach it. */
  private async freeze(manager: EntityManager, issue: BulletinIssue, items: Item[]): Promise<void> {
    const versionOf = new Map(items.map((item) => [item.id, item.versionNo]));
    for (const { itemId, title, body, byline } of await this.reader.items(manager, issue)) {
      await manager.update(BulletinIssueItem, { issueId: issue.id, itemId }, { title, body, byline, versionNo: versionOf.get(itemId) });
    }
  }
}
