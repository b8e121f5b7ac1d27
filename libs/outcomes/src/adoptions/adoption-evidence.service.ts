import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, Principal } from '@sqmy/accounts';
import { AdoptionView, AttachmentType, ErrorCode, Permission } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { ATTACHMENT_TYPES, FileStorage, detectFileType } from '@sqmy/storage';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AdoptionEvent, AdoptionEvidence } from '../adoption-event.entity';
import { lockAdoption } from './adoption-lock';
import { readAdoptions } from './adoption-reader';

/** What an evidence file (采用证明: the page of the journal, the notice, a scan) may be, judged by its content. */
const EVIDENCE_TYPES: readonly AttachmentType[] = ['pdf', 'jpg', 'png', 'docx'];
const ALLOWED = EVIDENCE_TYPES.map((type) => ATTACHMENT_TYPES[type].label).join('、');

/**
 * The evidence file of an adoption event, in the attachment store. The file is stored before the
 * row changes and removed again when the change does not commit, so no orphan is left; a replaced
 * file is removed after the commit.
 */
@Injectable()
export class AdoptionEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly policy: AccessPolicy,
  ) {}

  async attach(principal: Principal, id: string, file: { originalname: string; buffer: Buffer }): Promise<AdoptionView> {
    const type = detectFileType(file.buffer);
    if (!type || !EVIDENCE_TYPES.includes(type)) {
      throw new AppError(415, ErrorCode.AttachmentTypeNotAllowed, `证明文件只能是 ${ALLOWED}`, [{ field: 'file', message: '文件内容不是允许的类型' }]);
    }
    const storageKey = `evidence-${randomUUID().replace(/-/g, '')}`;
    const stored = await this.storage.put(storageKey, Readable.from(file.buffer));
    const evidence: AdoptionEvidence = { storageKey, fileName: fileNameOf(file.originalname), contentType: ATTACHMENT_TYPES[type].mimeType, size: stored.size, sha256: stored.sha256 };
    let replaced: string | null;
    try {
      replaced = await this.dataSource.transaction(async (manager) => {
        const event = await lockAdoption(manager, principal, id);
        await manager.update(AdoptionEvent, { id }, { evidence });
        return event.evidence?.storageKey ?? null;
      });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
    if (replaced) await this.storage.delete(replaced);
    return (await readAdoptions(this.dataSource, { ids: [id] }))[0];
  }

  /** The file, for whoever may read the item (its authors, its unit's liaison, the desk). */
  async open(principal: Principal, id: string): Promise<{ evidence: AdoptionEvidence; stream: Readable }> {
    const [row] = await this.dataSource.query<{ evidence: AdoptionEvidence | null; path: string; owners: string[]; committee: string }[]>(
      `SELECT e.evidence, o.path, ARRAY(SELECT a.user_id FROM item_author a WHERE a.item_id = e.item_id) AS owners, i.committee_id AS committee
         FROM adoption_event e JOIN item i ON i.id = e.item_id JOIN organisation o ON o.id = i.unit_id WHERE e.id = $1`,
      [id],
    );
    if (!row) throw AppError.notFound('采用记录', 'id');
    this.policy.assert(principal, Permission.ItemsRead, { organisationPath: row.path, ownerIds: row.owners, committeeId: row.committee });
    if (!row.evidence) throw AppError.notFound('证明文件');
    return { evidence: row.evidence, stream: await this.storage.open(row.evidence.storageKey) };
  }
}

/** Multer hands over non-ASCII names as latin1; browsers send UTF-8. */
function fileNameOf(original: string): string {
  const decoded = Buffer.from(original, 'latin1').toString('utf8');
  const name = (decoded.includes('\ufffd') ? original : decoded).replace(/[\\/\0]/g, '_').trim();
  return name.slice(0, 200) || '采用证明';
}
