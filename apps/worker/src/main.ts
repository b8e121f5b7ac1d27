import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * An application context, not an HTTP server. On SIGTERM Nest's shutdown hooks stop the outbox
 * dispatcher, close the BullMQ workers (running jobs finish first), then the queues and connections.
 */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('worker 已启动');
}

void bootstrap();
