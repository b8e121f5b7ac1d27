export * from './queue.constants';
export { OutboxMessage } from './outbox-message.entity';
export { OutboxService } from './outbox.service';
export { OutboxDispatcher } from './outbox.dispatcher';
export { QueueModule } from './queue.module';
export { DEFAULT_JOB_OPTIONS, outboxJobId } from './job-options';
export { JobHandlers, runJob } from './job-handlers';
export { ProcessorRegistryCheck } from './processor-registry.check';
export { QueueProcessor } from './queue-processor';
