import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AttachmentView, AUTHOR_EDITABLE, ErrorCode } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { ATTACHMENT_TYPES, FileStorage, detectFileType } from '@sqmy/storage';
import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { lockItem } from '../items/item-lock';
import { Attachment } from './attachment.entity';

const MAX_PER_ITEM = 20;
const ALLOWED = Object.values(ATTACHMENT_TYPES).map((t) => t.label).join('、');


/**
 * Attachments of an item: the type is read from the content, never from the name. The file is
 * stored before the row commits and removed again if the row does not, so no orphan is left.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async add(principal: Principal, itemId: string, file: { originalname: string; buffer: Buffer }): Promise<AttachmentView> {
    const type = detectFileType(file.buffer);
    if (!type) throw new AppError(415, ErrorCode.AttachmentTypeNotAllowed, `只能上传 ${ALLOWED}`, [{ field: 'file', message: '文件内容不是允许的类型' }]);
    const name = decodeName(file.originalname);
    const claimed = extname(name).slice(1).toLowerCase();
    if (claimed && claimed !== ATTACHMENT_TYPES[type].extension && !(type === 'jpg' && claimed === 'jpeg')) {
      throw new AppError(415, ErrorCode.AttachmentTypeMismatch, `文件名是 .${claimed}，内容却是${ATTACHMENT_TYPES[type].label}`, [{ field: 'file', message: '文件内容与扩展名不符' }]);
    }
    const storageKey = randomUUID().replace(/-/g, '');
    const stored = await this.storage.put(storageKey, Readable.from(file.buffer));
    try {
      return await this.dataSource.transaction(async (manager) => {
        const item = await lockItem(manager, itemId);
        if (!AUTHOR_EDITABLE.includes(item.status)) throw AppError.conflict(ErrorCode.ItemNotEditable, '稿件已报送，不能再增减附件');
        if ((await manager.countBy(Attachment, { itemId })) >= MAX_PER_ITEM) {
          throw AppError.unprocessable(ErrorCode.TooManyAttachments, `每篇稿件最多 ${MAX_PER_ITEM} 个附件`);
        }
        const row = await manager.save(Attachment, { itemId, name, type, size: stored.size, sha256: stored.sha256, storageKey, uploadedById: principal.id });
        return { id: row.id, name: row.name, type: row.type, size: row.size, sha256: row.sha256, createdAt: row.createdAt };
      });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  async open(itemId: string, id: string): Promise<{ attachment: Attachment; stream: Readable }> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id, itemId });
    if (!attachment) throw AppError.notFound('附件');
    return { attachment, stream: await this.storage.open(attachment.storageKey) };
  }

  async remove(itemId: string, id: string): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      const item = await lockItem(manager, itemId);
      if (!AUTHOR_EDITABLE.includes(item.status)) throw AppError.conflict(ErrorCode.ItemNotEditable, '稿件已报送，不能再增减附件');
      const attachment = await manager.findOneBy(Attachment, { id, itemId });
      if (!attachment) throw AppError.notFound('附件');
      await manager.delete(Attachment, id);
      return attachment.storageKey;
    });
    await this.storage.delete(key);
  }

  list(itemId: string): Promise<Attachment[]> {
    return this.dataSource.getRepository(Attachment).find({ where: { itemId }, order: { createdAt: 'ASC' } });
  }
}

/** Multer hands over non-ASCII names as latin1; browsers send UTF-8. */
function decodeName(original: string): string {
  const decoded = Buffer.from(original, 'latin1').toString('utf8');
  const name = (decoded.includes('\ufffd') ? original : decoded).replace(/[\\/\0]/g, '_').trim();
  return name.slice(0, 200) || '附件';
}
