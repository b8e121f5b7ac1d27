import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, QueueName, QueueProcessor } from '@sqmy/queue';
import { RenderService } from './render.service';

/** Thin: renders a signed issue's .docx; errors reach BullMQ so it retries. */
@Processor(QueueName.Bulletins)
export class BulletinsProcessor extends QueueProcessor<QueueName.Bulletins> {
  protected readonly handlers: JobHandlers<QueueName.Bulletins>;

  constructor(render: RenderService) {
    super();
    this.handlers = { [JobName.RenderBulletin]: ({ issueId }) => render.render(issueId) };
  }
}
