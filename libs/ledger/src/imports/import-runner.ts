import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LedgerImportStatus, LedgerRowError } from '@sqmy/contract';
import { inBackground, JobName, OutboxService, refreshScores } from '@sqmy/queue';
import { FileStorage } from '@sqmy/storage';
import { buffer } from 'node:stream/consumers';
import { DataSource } from 'typeorm';
import { detectLedgerFormat, readLedgerFile } from '../format/ledger-file';
import { checkLedgerRows } from '../format/ledger-rows';
import { LedgerImport } from '../ledger-import.entity';
import { LedgerCommittee } from './ledger-references';
import { LedgerRejected, writeLedger } from './ledger-writer';

/**
 * The import job: reads the stored file, checks every row (progress recorded as it goes), then
 * either fails with every problem listed and nothing written, or writes all rows and marks the
 * import succeeded in the same transaction. A re-delivered job of a finished import does nothing.
 */
@Injectable()
export class ImportRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
  ) {}

  async run(importId: string, lastAttempt = false): Promise<void> {
    try {
      await this.attempt(importId);
    } catch (error) {
      if (lastAttempt) await this.fail(importId, null, [{ row: null, column: null, reason: '导入时发生系统错误，未写入任何数据，请稍后重新上传或联系管理员' }]);
      throw error;
    }
  }

  private async attempt(importId: string): Promise<void> {
    const imports = this.dataSource.getRepository(LedgerImport);
    const job = await imports.findOneBy({ id: importId });
    if (!job || job.status === LedgerImportStatus.Succeeded || job.status === LedgerImportStatus.Failed) return;
    await imports.update(importId, { status: LedgerImportStatus.Running, processed: 0 });

    const content = await buffer(await this.storage.open(job.storageKey));
    const format = detectLedgerFormat(content, job.fileName);
    if (typeof format !== 'string') return this.fail(importId, 0, [{ row: null, column: null, reason: format.reason }]);
    const file = await readLedgerFile(content, format);
    if (file.errors.length > 0) return this.fail(importId, file.rows.length, file.errors);
    await imports.update(importId, { total: file.rows.length });

    const categories = await this.dataSource.query<{ code: string; name: string }[]>('SELECT code, name FROM category WHERE active');
    let reported = Promise.resolve();
    const checked = checkLedgerRows(file.rows, new Map(categories.map((c) => [c.name, c.code])), (processed) => {
      reported = reported.then(() => imports.update(importId, { processed }).then(() => undefined));
    });
    await reported;
    if (checked.errors.length > 0) return this.fail(importId, file.rows.length, checked.errors);

    const [committee] = await this.dataSource.query<LedgerCommittee[]>('SELECT id, name, path FROM organisation WHERE id = $1', [job.committeeId]);
    try {
      await this.dataSource.transaction(async (manager) => {
        const { created, unchanged, itemIds } = await writeLedger(manager, committee, job.createdById, checked.rows);
        // Intake indexes the new items for search and for near-duplicates of later submissions; editors are not told.
        // In the background: thousands of them never delay the intake of what someone submits meanwhile.
        const intake = itemIds.map((itemId) => ({ name: JobName.IntakeItem, payload: { itemId, versionNo: 1, notifyEditors: false } }) as const);
        await this.outbox.add(manager, ...inBackground([...intake, ...refreshScores(itemIds)]));
        await manager.update(LedgerImport, importId, {
          status: LedgerImportStatus.Succeeded,
          processed: file.rows.length,
          created,
          unchanged,
          errors: [],
          finishedAt: new Date(),
        });
      });
    } catch (error) {
      if (error instanceof LedgerRejected) return this.fail(importId, file.rows.length, error.errors);
      throw error;
    }
  }

  /** Marks the import failed with its errors in row order; `total` null keeps what was counted. */
  private async fail(importId: string, total: number | null, errors: LedgerRowError[]): Promise<void> {
    const sorted = [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    await this.dataSource.getRepository(LedgerImport).update(importId, {
      status: LedgerImportStatus.Failed,
      ...(total === null ? {} : { total, processed: total }),
      errors: sorted,
      finishedAt: new Date(),
    });
  }
}
