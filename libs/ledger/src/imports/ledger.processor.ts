import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor, runJob } from '@sqmy/queue';
import { Job } from 'bullmq';
import { ImportRunner } from './import-runner.service';

/** Thin: runs a ledger import; errors reach BullMQ so it retries (a finished import is left alone). */
@Processor(QueueName.Ledger)
export class LedgerProcessor extends QueueProcessor {
  private readonly handlers: JobHandlers<QueueName.Ledger>;

  constructor(runner: ImportRunner) {
    super();
    // On the last attempt an unexpected error also marks the import failed, so nobody waits on it forever.
    this.handlers = { [JobName.ImportLedger]: ({ importId }, job) => runner.run(importId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
