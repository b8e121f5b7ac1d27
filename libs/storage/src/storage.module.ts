import { Module } from '@nestjs/common';
import { AppConfig } from '@sqmy/config';
import { resolve } from 'node:path';
import { AttachmentStorage } from './attachment-storage';
import { LocalDiskStorage } from './local-disk.storage';

/** Provides `AttachmentStorage`: files on local disk under STORAGE_DIR (relative to the working directory). */
@Module({
  providers: [
    {
      provide: AttachmentStorage,
      inject: [AppConfig],
      useFactory: ({ env }: AppConfig) => new LocalDiskStorage(resolve(env.STORAGE_DIR)),
    },
  ],
  exports: [AttachmentStorage],
})
export class StorageModule {}
