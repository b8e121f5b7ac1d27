import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FileStorage } from '@sqmy/storage';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { BulletinIssue } from '../issues/bulletin-issue.entity';
import { DocumentStatus, IssueStatus } from '@sqmy/contract';
import { IssueReader } from '../issues/issue-reader';
import { renderIssueDocx } from '../layout/issue-docx';
import { buildIssueLayout } from '../layout/issue-layout';

/** Where an issue's .docx is stored: one key per issue, so rendering again replaces, never adds. */
export const documentKey = (issueId: string) => `bulletin-${issueId}`;

/**
 * Renders a signed issue to its .docx and stores it. Idempotent: the layout's fingerprint is kept
 * with the file, and a run that finds the same fingerprint and the file in place does nothing.
 */
@Injectable()
export class RenderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: IssueReader,
    private readonly storage: FileStorage,
  ) {}

  async render(issueId: string): Promise<void> {
    const issue = await this.dataSource.getRepository(BulletinIssue).findOneBy({ id: issueId });
    if (!issue || issue.status === IssueStatus.Draft) return; // deleted or never signed: nothing to render
    const layout = buildIssueLayout(await this.reader.layoutSource(this.dataSource.manager, issue));
    const fingerprint = createHash('sha256').update(JSON.stringify(layout)).digest('hex');
    const key = documentKey(issue.id);
    if (issue.documentStatus === DocumentStatus.Ready && issue.documentFingerprint === fingerprint && (await this.storage.exists(key))) return;
    try {
      const stored = await this.storage.put(key, Readable.from(await renderIssueDocx(layout)));
      await this.dataSource.getRepository(BulletinIssue).update(issue.id, {
        documentStatus: DocumentStatus.Ready,
        documentKey: key,
        documentSize: stored.size,
        documentSha256: stored.sha256,
        documentFingerprint: fingerprint,
        renderedAt: new Date(),
        documentError: null,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.dataSource.getRepository(BulletinIssue).update(issue.id, { documentStatus: DocumentStatus.Failed, documentError: message.slice(0, 500) });
      throw error; // BullMQ retries
    }
  }
}
