import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor, runJob } from '@sqmy/queue';
import { Job } from 'bullmq';
import { RenderService } from './render.service';

/** Thin: renders a signed issue's .docx; errors reach BullMQ so it retries. */
@Processor(QueueName.Bulletins)
export class BulletinsProcessor extends QueueProcessor {
  private readonly handlers: JobHandlers<QueueName.Bulletins>;

  constructor(render: RenderService) {
    super();
    this.handlers = { [JobName.RenderBulletin]: ({ issueId }) => render.render(issueId) };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
