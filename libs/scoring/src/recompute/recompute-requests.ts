import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RecomputeQueued } from '@sqmy/contract';
import { JobName, OutboxService } from '@sqmy/queue';
import { DataSource } from 'typeorm';

/** Queues a full recompute through the outbox: of one committee's items, or of everything. */
@Injectable()
export class RecomputeRequests {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async request(committeeId: string | null): Promise<RecomputeQueued> {
    await this.dataSource.transaction((manager) => this.outbox.add(manager, { name: JobName.RecomputeScores, payload: { committeeId } }));
    return { queued: true };
  }
}
