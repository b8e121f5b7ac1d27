import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { ErrorCode, LedgerImportView, OrganisationKind } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { JobName, OutboxService } from '@sqmy/queue';
import { FileStorage } from '@sqmy/storage';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { detectLedgerFormat, exceedsLedgerBounds } from '../format/ledger-file';
import { LedgerImport } from '../ledger-import.entity';
import { IMPORT_VIEW_SQL } from './import-view.sql';

export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;

/**
 * Taking a ledger in: its content checked at once (an .xlsx workbook or UTF-8 text, not empty,
 * within LEDGER_BOUNDS — checked without parsing it), the file stored, then the import row and its job written in one transaction — the job does the
 * rest (ImportRunner). A failed transaction removes the stored file again.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
  ) {}

  async start(principal: Principal, committeeId: string, file: { originalname: string; buffer: Buffer }): Promise<LedgerImportView> {
    const [committee] = await this.dataSource.query<{ kind: OrganisationKind }[]>('SELECT kind FROM organisation WHERE id = $1', [committeeId]);
    if (committee?.kind === OrganisationKind.Unit) {
      throw AppError.badRequest(ErrorCode.ValidationFailed, '台账只能导入到政协（委员会），不能导入到报送单位', [{ field: 'orgId', message: '应为政协' }]);
    }
    const fileName = decodeName(file.originalname);
    const format = detectLedgerFormat(file.buffer, fileName);
    if (typeof format !== 'string') {
      throw AppError.unprocessable(ErrorCode.LedgerInvalid, `${format.reason}，请上传 .xlsx 或 UTF-8 编码的 .csv 台账`, [{ field: 'file', message: format.reason }]);
    }
    const excess = await exceedsLedgerBounds(file.buffer, format);
    if (excess) throw AppError.unprocessable(ErrorCode.LedgerInvalid, `台账未导入：${excess}`, [{ field: 'file', message: excess }]);
    const storageKey = `ledger-${randomUUID().replace(/-/g, '')}`;
    const stored = await this.storage.put(storageKey, Readable.from(file.buffer));
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const row = await manager.save(LedgerImport, {
          committeeId,
          fileName,
          size: stored.size,
          sha256: stored.sha256,
          storageKey,
          createdById: principal.id,
        });
        await this.outbox.add(manager, { name: JobName.ImportLedger, payload: { importId: row.id } });
        return row.id;
      });
      return this.get(id);
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  async get(id: string): Promise<LedgerImportView> {
    const [view] = await this.dataSource.query<LedgerImportView[]>(`${IMPORT_VIEW_SQL} WHERE l.id = $1`, [id]);
    if (!view) throw AppError.notFound('导入记录');
    return view;
  }

  /** The committee's imports, newest first. */
  list(committeeId: string): Promise<LedgerImportView[]> {
    return this.dataSource.query<LedgerImportView[]>(`${IMPORT_VIEW_SQL} WHERE l.committee_id = $1 ORDER BY l.created_at DESC, l.id LIMIT 200`, [committeeId]);
  }
}

/** Multer hands over non-ASCII names as latin1; browsers send UTF-8. */
function decodeName(original: string): string {
  const decoded = Buffer.from(original, 'latin1').toString('utf8');
  const name = (decoded.includes('\ufffd') ? original : decoded).replace(/[\\/\0]/g, '_').trim();
  return name.slice(0, 200) || '台账';
}
