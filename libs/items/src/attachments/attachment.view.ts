import type { AttachmentType } from '@sqmy/storage';
import { Attachment } from './attachment.entity';

export interface AttachmentView {
  id: string;
  name: string;
  type: AttachmentType;
  size: number;
  sha256: string;
  createdAt: Date;
}

export const toAttachmentView = ({ id, name, type, size, sha256, createdAt }: Attachment): AttachmentView => ({ id, name, type, size, sha256, createdAt });
