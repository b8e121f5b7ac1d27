import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor } from '@sqmy/queue';
import { ImportRunner } from './import-runner';

/** Thin: runs a ledger import; errors reach BullMQ so it retries (a finished import is left alone). */
@Processor(QueueName.Ledger)
export class LedgerProcessor extends QueueProcessor<QueueName.Ledger> {
  protected readonly handlers: JobHandlers<QueueName.Ledger>;

  constructor(runner: ImportRunner) {
    super();
    // On the last attempt an unexpected error also marks the import failed, so nobody waits on it forever.
    this.handlers = { [JobName.ImportLedger]: ({ importId }, job) => runner.run(importId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) };
  }
}
