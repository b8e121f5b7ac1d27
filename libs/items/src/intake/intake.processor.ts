import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor, runJob } from '@sqmy/queue';
import { Job } from 'bullmq';
import { IntakeService } from './intake.service';

@Processor(QueueName.Intake)
export class IntakeProcessor extends QueueProcessor {
  private readonly handlers: JobHandlers<QueueName.Intake>;

  constructor(intake: IntakeService) {
    super();
    this.handlers = { [JobName.IntakeItem]: (payload, job) => intake.run(job.id!, payload) };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
