export { FileStorage } from './file-storage';
export type { StoredObject } from './file-storage';
export { LocalDiskStorage } from './local-disk.storage';
export { StorageModule } from './storage.module';
export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, detectFileType, detectFromFile } from './file-type';
export type { AttachmentTypeInfo } from './file-type';
export { exceedsWorkbookBounds, rowsOverBound } from './workbook-bounds';
export type { WorkbookBounds } from './workbook-bounds';
