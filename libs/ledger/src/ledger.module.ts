import { Module } from '@nestjs/common';
import { AccountsModule, ScopeLookups } from '@sqmy/accounts';
import { QueueModule } from '@sqmy/queue';
import { StorageModule } from '@sqmy/storage';
import { ExportsController } from './exports/exports.controller';
import { LedgerExportService } from './exports/ledger-export.service';
import { ImportRunner } from './imports/import-runner';
import { ImportsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';
import { LedgerProcessor } from './imports/ledger.processor';

/** The API side of 台账: uploads that queue an import, their progress, and the export. */
@Module({
  imports: [AccountsModule, QueueModule, StorageModule],
  controllers: [ImportsController, ExportsController],
  providers: [ImportsService, LedgerExportService, ScopeLookups],
})
export class LedgerModule {}

/** The worker side: the import job. */
@Module({
  imports: [QueueModule, StorageModule],
  providers: [ImportRunner, LedgerProcessor],
})
export class LedgerWorkerModule {}
