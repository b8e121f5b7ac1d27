import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { JobName, OutboxService } from '@sqmy/queue';
import { FileStorage } from '@sqmy/storage';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { lockIssue } from '../issues/issue-items';
import { DocumentAnswer, DocumentStatus, ErrorCode, IssueStatus } from '@sqmy/contract';
import { IssueReader } from '../issues/issue-reader';
import { documentFileName } from '../layout/numbering';
import { BulletinSeries } from '../series/bulletin-series.entity';

/** The issue's .docx as the API serves it: download, and a re-render on request. */
@Injectable()
export class DocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: IssueReader,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
  ) {}

  async open(principal: Principal, id: string): Promise<{ fileName: string; size: number; stream: Readable }> {
    const issue = await this.reader.find(this.dataSource.manager, principal, id);
    if (issue.documentStatus !== DocumentStatus.Ready || !issue.documentKey || issue.number === null) {
      throw AppError.conflict(ErrorCode.DocumentNotReady, issue.status === IssueStatus.Draft ? '本期尚未签发，还没有 Word 文档' : 'Word 文档正在生成，请稍后再试');
    }
    const series = await this.dataSource.getRepository(BulletinSeries).findOneByOrFail({ id: issue.seriesId });
    const fileName = documentFileName(series.title, { kind: issue.kind, year: issue.year!, number: issue.number });
    return { fileName, size: issue.documentSize!, stream: await this.storage.open(issue.documentKey) };
  }

  /** Queues the issue's render again; the result replaces the stored file (same key). */
  async rerender(principal: Principal, id: string): Promise<DocumentAnswer> {
    await this.dataSource.transaction(async (manager) => {
      const issue = await lockIssue(manager, principal, id);
      if (issue.status === IssueStatus.Draft) throw AppError.conflict(ErrorCode.IssueNotSigned, '本期尚未签发，不能生成 Word 文档');
      issue.documentStatus = DocumentStatus.Pending;
      issue.documentFingerprint = null;
      await manager.save(issue);
      await this.outbox.add(manager, { name: JobName.RenderBulletin, payload: { issueId: id } });
    });
    return { document: (await this.reader.get(principal, id)).document };
  }
}
