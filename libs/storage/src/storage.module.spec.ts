import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, Environment } from '@sqmy/config';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStorage, LocalDiskStorage, StorageModule } from './index';

describe('StorageModule', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'sqmy-storage-module-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('provides FileStorage on local disk under STORAGE_DIR', async () => {
    @Global()
    @Module({ providers: [{ provide: AppConfig, useValue: new AppConfig({ STORAGE_DIR: dir } as Environment) }], exports: [AppConfig] })
    class ConfigForTest {}

    const app = await Test.createTestingModule({ imports: [ConfigForTest, StorageModule] }).compile();
    const storage = app.get(FileStorage);

    expect(storage).toBeInstanceOf(LocalDiskStorage);
    await storage.put('attachment-1', Readable.from([Buffer.from('%PDF-1.4')]));
    expect(await readdir(dir)).toHaveLength(1);
    await app.close();
  });
});
