import { AppError } from '@sqmy/http';
import { createHash, randomBytes } from 'node:crypto';
import { FileHandle, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStorage, StoredObject, assertValidKey, attachmentTooLarge } from './file-storage';
import { MAX_ATTACHMENT_BYTES } from './file-type';

/**
 * Attachments as files under one root directory (STORAGE_DIR). A key lives at `ab/cd/<key>`,
 * where `abcd` starts the SHA-256 of the key: keys spread evenly over 65,536 folders whatever
 * they look like, and no folder grows too large to list.
 *
 * A write goes to `.<key>.<random>.tmp` beside its final place and is renamed over it once
 * complete and flushed: readers see the whole file or none. Keys cannot start with a dot, so
 * a temporary file never answers to a key. (A process killed mid-write can leave one behind.)
 */
export class LocalDiskStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, source: Readable): Promise<StoredObject> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${key}.${randomBytes(8).toString('hex')}.tmp`);
    const file = await open(temporary, 'wx');
    try {
      const stored = await copyInto(file, source);
      await rename(temporary, target);
      return stored;
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    // Open before returning, so a missing file is a 404 here and not an error in the middle of a response.
    const file = await open(this.pathOf(key), 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? AppError.notFound('附件') : error;
    });
    return file.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      (found) => found.isFile(),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    const shard = createHash('sha256').update(key).digest('hex');
    return join(this.root, shard.slice(0, 2), shard.slice(2, 4), key);
  }
}

/**
 * Streams `source` into `file`, counting and hashing on the way, and flushes it to disk.
 * Over the limit it stops reading; leaving the loop early destroys the source. Always closes `file`.
 */
async function copyInto(file: FileHandle, source: Readable): Promise<StoredObject> {
  try {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of source) {
      const bytes: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > MAX_ATTACHMENT_BYTES) throw attachmentTooLarge();
      hash.update(bytes);
      await writeAll(file, bytes); // awaiting each write is the backpressure
    }
    await file.sync();
    return { size, sha256: hash.digest('hex') };
  } finally {
    await file.close();
  }
}

/** `write` may write fewer bytes than asked; loop until all are down. */
async function writeAll(file: FileHandle, bytes: Buffer): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}
