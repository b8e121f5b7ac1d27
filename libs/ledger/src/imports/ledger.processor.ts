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
    this.handlers = { [JobName.ImportLedger]: ({ importId }) => runner.run(importId) };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
