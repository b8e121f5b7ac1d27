import { HttpStatus } from '@nestjs/common';
import { AppError } from '@sqmy/http';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { MAX_ATTACHMENT_BYTES } from './file-type';
import { LocalDiskStorage } from './local-disk.storage';

const MB = 1024 * 1024;

/** Every file under `dir`, as paths relative to it (folders left out). */
async function filesUnder(dir: string): Promise<string[]> {
  const paths = await readdir(dir, { recursive: true });
  const files = await Promise.all(paths.map(async (path) => ((await stat(join(dir, path))).isFile() ? [path] : [])));
  return files.flat().sort();
}

/** `count` chunks of one megabyte, then `extra` bytes, made only as read; `pulled` counts the megabytes read. */
function megabytes(count: number, extra = 0) {
  const progress = { pulled: 0 };
  const stream = Readable.from(
    (function* () {
      for (; progress.pulled < count; progress.pulled++) yield Buffer.alloc(MB, progress.pulled % 256);
      if (extra > 0) yield Buffer.alloc(extra);
    })(),
  );
  return { stream, progress };
}

/** An upload that sends `first` and then fails, as when the informant's connection drops. */
function breaksOff(first: Buffer, message: string): Readable {
  return Readable.from(
    (async function* () {
      yield first;
      throw new Error(message);
    })(),
  );
}

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sqmy-storage-'));
    storage = new LocalDiskStorage(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stores an attachment, reads it back, and deletes it', async () => {
    const content = '关于老旧小区加装电梯的建议。'.repeat(5000);
    const bytes = Buffer.from(content);

    const stored = await storage.put('item-42_attachment-1', Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));

    expect(stored).toEqual({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(await filesUnder(dir)).toEqual([expect.stringMatching(/^[0-9a-f]{2}\/[0-9a-f]{2}\/item-42_attachment-1$/)]);
    expect(await storage.exists('item-42_attachment-1')).toBe(true);
    expect(await text(await storage.open('item-42_attachment-1'))).toBe(content);

    await storage.delete('item-42_attachment-1');
    expect(await storage.exists('item-42_attachment-1')).toBe(false);
    expect(await filesUnder(dir)).toEqual([]);
    await expect(storage.open('item-42_attachment-1')).rejects.toMatchObject({ status: HttpStatus.NOT_FOUND, code: 'NOT_FOUND', message: '附件不存在' });
    await expect(storage.delete('item-42_attachment-1')).resolves.toBeUndefined();
  });

  it('replaces the content of a key that is stored again', async () => {
    await storage.put('a1', Readable.from([Buffer.from('第一稿')]));
    await storage.put('a1', Readable.from([Buffer.from('第二稿')]));
    expect(await text(await storage.open('a1'))).toBe('第二稿');
    expect(await filesUnder(dir)).toHaveLength(1);
  });

  it('accepts an attachment of exactly 20 MB and refuses one byte more', async () => {
    await expect(storage.put('just-fits', megabytes(20).stream)).resolves.toMatchObject({ size: MAX_ATTACHMENT_BYTES });
    await expect(storage.put('one-byte-over', megabytes(20, 1).stream)).rejects.toMatchObject({ code: 'ATTACHMENT_TOO_LARGE' });
    expect(await filesUnder(dir)).toEqual([expect.stringMatching(/\/just-fits$/)]);
  });

  it('stops reading past 20 MB, answers 413 and leaves no file behind', async () => {
    const { stream, progress } = megabytes(100);

    const failure = await storage.put('too-big', stream).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ status: HttpStatus.PAYLOAD_TOO_LARGE, code: 'ATTACHMENT_TOO_LARGE', message: '附件不能超过 20 MB' });
    expect(progress.pulled).toBeLessThan(25);
    expect(stream.destroyed).toBe(true);
    expect(await filesUnder(dir)).toEqual([]);
    expect(await storage.exists('too-big')).toBe(false);
  });

  it('leaves no file behind when the upload breaks off midway, and keeps the earlier version', async () => {
    await storage.put('draft', Readable.from([Buffer.from('完整的旧版本')]));

    await expect(storage.put('draft', breaksOff(Buffer.alloc(64 * 1024, 1), 'connection reset'))).rejects.toThrow('connection reset');
    await expect(storage.put('fresh', breaksOff(Buffer.from('x'), 'aborted'))).rejects.toThrow('aborted');

    expect(await filesUnder(dir)).toEqual([expect.stringMatching(/\/draft$/)]);
    expect(await text(await storage.open('draft'))).toBe('完整的旧版本');
  });

  it.each([
    ['an empty key', ''],
    ['a path out of the store', '../../etc/passwd'],
    ['a slash', 'a/b'],
    ['a backslash', 'a\\b'],
    ['a leading dot', '.hidden'],
    ['a file name', 'report.pdf'],
    ['Chinese characters', '附件'],
    ['a space', 'a b'],
    ['129 characters', 'x'.repeat(129)],
  ])('refuses a key with %s', async (_, key) => {
    const refusal = { status: HttpStatus.BAD_REQUEST, code: 'INVALID_ATTACHMENT_KEY', message: '附件标识不合法' };
    await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toMatchObject(refusal);
    await expect(storage.open(key)).rejects.toMatchObject(refusal);
    await expect(storage.exists(key)).rejects.toMatchObject(refusal);
    await expect(storage.delete(key)).rejects.toMatchObject(refusal);
    expect(await readdir(dir)).toEqual([]);
  });
});
