import { Module } from '@nestjs/common';
import { AppConfig } from '@sqmy/config';
import { resolve } from 'node:path';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';

/** Provides `FileStorage`: files on local disk under STORAGE_DIR (relative to the working directory). */
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => new LocalDiskStorage(resolve(env.STORAGE_DIR)),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
