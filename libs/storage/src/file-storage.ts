import { HttpStatus } from '@nestjs/common';
import { AppError } from '@sqmy/http';
import { Readable } from 'node:stream';
import { ErrorCode } from '@sqmy/contract';
import { MAX_ATTACHMENT_BYTES } from './file-type';

/** What `put` learned while storing: the byte count and the hex SHA-256 of the content. */
export interface StoredObject {
  size: number;
  sha256: string;
}

/**
 * Where stored files live, by key: attachments, ledger files, adoption evidence, bulletin documents, 统计通报.
 * Inject this class; the module decides the backend.
 *
 * Every implementation keeps the same promises: a key is 1–128 of [A-Za-z0-9_-]; `put` reads
 * the stream to the end, refuses more than MAX_ATTACHMENT_BYTES (413 ATTACHMENT_TOO_LARGE), and
 * makes the object visible only once it is complete — a failed `put` leaves nothing behind; an
 * existing key is replaced. `open` of a missing key is a 404, `delete` of one is a no-op.
 *
 * An S3-compatible store (MinIO, OSS, COS…) would implement it like this, without sharding,
 * since its namespace is flat:
 * - `put`: pipe the source through a Transform that counts and hashes, into a multipart upload
 *   (`@aws-sdk/lib-storage` Upload). Over the limit, destroy the pipe and abort the multipart
 *   upload; an S3 object only appears when the upload completes, which gives the same "no half
 *   files" guarantee as the rename on disk. The hash can also be sent as `ChecksumSHA256` so the
 *   server verifies what arrived.
 * - `open`: GetObject and return its Body stream; NoSuchKey becomes the 404.
 * - `delete`: DeleteObject, already idempotent. `exists`: HeadObject, 404 → false.
 */
export abstract class FileStorage {
  abstract put(key: string, source: Readable): Promise<StoredObject>;
  abstract open(key: string): Promise<Readable>;
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

const KEY = /^[A-Za-z0-9_-]{1,128}$/;

/** Refuses a key that could escape the store or name something unexpected (`..`, `/`, dots, empty). */
export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw AppError.badRequest(ErrorCode.InvalidAttachmentKey, '附件标识不合法', [{ field: 'key', message: '只能包含字母、数字、下划线和短横线' }]);
  }
}

export function attachmentTooLarge(): AppError {
  return new AppError(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.AttachmentTooLarge, `附件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
}
