import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { editorNoteText } from '../layout/editor-note';
import { BulletinSeries } from '../series/bulletin-series.entity';
import { BulletinIssue } from './bulletin-issue.entity';
import { CreateIssueDto, IssueItemsDto, UpdateIssueDto } from './dto/issue.dto';
import { lockDraft, replaceIssueItems } from './issue-items';
import { ErrorCode, IssueKind, IssueStatus, IssueView } from '@sqmy/contract';
import { IssueReader } from './issue-reader';

/** Building a draft issue: create, change its note, distribution and copies, list its items, delete it. */
@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: IssueReader,
  ) {}

  async create(principal: Principal, seriesId: string, dto: CreateIssueDto): Promise<IssueView> {
    return this.dataSource.transaction(async (manager) => {
      const series = await manager.findOneBy(BulletinSeries, { id: seriesId });
      if (!series || series.committeeId !== principal.committeeId) throw AppError.notFound('刊物');
      if (dto.correctsIssueId) {
        const corrected = await manager.findOneBy(BulletinIssue, { id: dto.correctsIssueId });
        if (!corrected || corrected.seriesId !== seriesId || corrected.status !== IssueStatus.Published) {
          throw AppError.unprocessable(ErrorCode.InvalidReference, '只能更正本刊物已印发的一期', [{ field: 'correctsIssueId', message: '不是本刊物已印发的期刊' }]);
        }
      }
      const issue = await manager.save(
        manager.create(BulletinIssue, {
          seriesId,
          committeeId: series.committeeId,
          kind: dto.kind ?? IssueKind.Regular,
          status: IssueStatus.Draft,
          editorNote: editorNoteText(dto.editorNote),
          distribution: dto.distribution ?? series.defaultDistribution,
          copies: dto.copies ?? series.defaultCopies,
          correctsIssueId: dto.correctsIssueId ?? null,
          createdById: principal.id,
        }),
      );
      if (dto.items?.length) await replaceIssueItems(manager, principal, issue, dto.items);
      return this.reader.get(principal, issue.id, manager);
    });
  }

  async update(principal: Principal, id: string, dto: UpdateIssueDto): Promise<IssueView> {
    return this.dataSource.transaction(async (manager) => {
      const issue = await lockDraft(manager, principal, id);
      if (dto.editorNote !== undefined) issue.editorNote = editorNoteText(dto.editorNote);
      if (dto.distribution !== undefined) issue.distribution = dto.distribution;
      if (dto.copies !== undefined) issue.copies = dto.copies;
      await manager.save(issue);
      return this.reader.get(principal, id, manager);
    });
  }

  async setItems(principal: Principal, id: string, dto: IssueItemsDto): Promise<IssueView> {
    return this.dataSource.transaction(async (manager) => {
      const issue = await lockDraft(manager, principal, id);
      await replaceIssueItems(manager, principal, issue, dto.items);
      await manager.update(BulletinIssue, id, { updatedAt: new Date() });
      return this.reader.get(principal, id, manager);
    });
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockDraft(manager, principal, id);
      await manager.delete(BulletinIssue, id);
    });
  }
}
