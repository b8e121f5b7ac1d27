/** The kinds of file an item may carry, read from the file's content. */
export type AttachmentType = 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png';

export interface AttachmentView {
  id: string;
  name: string;
  type: AttachmentType;
  size: number;
  sha256: string;
  createdAt: Date;
}
