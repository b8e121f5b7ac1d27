import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { ItemsModule } from '@sqmy/items';
import { QueueModule } from '@sqmy/queue';
import { StorageModule } from '@sqmy/storage';
import { CandidatesService } from './issues/candidates.service';
import { DraftsService } from './issues/drafts.service';
import { IssueReader } from './issues/issue-reader';
import { IssueWorkflowController } from './issues/issue-workflow.controller';
import { IssuesController } from './issues/issues.controller';
import { PublishingService } from './issues/publishing.service';
import { SigningService } from './issues/signing.service';
import { DocumentController } from './rendering/document.controller';
import { DocumentService } from './rendering/document.service';
import { BulletinsProcessor } from './rendering/bulletins.processor';
import { RenderService } from './rendering/render.service';
import { SeriesController } from './series/series.controller';
import { SeriesService } from './series/series.service';

/** The API side of bulletins: series, drafts, signing, publishing, the print view and the .docx. */
@Module({
  imports: [AccountsModule, QueueModule, StorageModule, ItemsModule],
  controllers: [SeriesController, IssuesController, IssueWorkflowController, DocumentController],
  providers: [SeriesService, IssueReader, DraftsService, CandidatesService, SigningService, PublishingService, DocumentService],
})
export class BulletinsModule {}

/** The worker side: rendering signed issues to .docx. */
@Module({
  imports: [StorageModule],
  providers: [IssueReader, RenderService, BulletinsProcessor],
})
export class BulletinsWorkerModule {}
