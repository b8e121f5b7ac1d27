import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor } from '@sqmy/queue';
import { IntakeService } from './intake.service';

@Processor(QueueName.Intake)
export class IntakeProcessor extends QueueProcessor<QueueName.Intake> {
  protected readonly handlers: JobHandlers<QueueName.Intake>;

  constructor(intake: IntakeService) {
    super();
    this.handlers = { [JobName.IntakeItem]: (payload, job) => intake.run(job.id!, payload) };
  }
}
