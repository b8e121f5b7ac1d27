import { Processor } from '@nestjs/bullmq';
import { DiscoveryService } from '@nestjs/core';
import { UnrecoverableError, Job } from 'bullmq';
import { runJob } from './job-handlers';
import { ProcessorRegistryCheck } from './processor-registry.check';
import { JobName, QueueName } from './queue.constants';

@Processor(QueueName.Notifications)
class NotificationsOne {}
@Processor(QueueName.Notifications)
class NotificationsTwo {}
@Processor(QueueName.Intake)
class IntakeOne {}
@Processor(QueueName.Desk)
class DeskOne {}
@Processor(QueueName.Bulletins)
class BulletinsOne {}
@Processor(QueueName.Ledger)
class LedgerOne {}
@Processor(QueueName.StatsReports)
class StatsReportsOne {}
@Processor(QueueName.Scoring)
class ScoringOne {}
@Processor('mystery')
class Unknown {}

const discovery = (...classes: unknown[]) => ({ getProviders: () => classes.map((metatype) => ({ metatype })) }) as unknown as DiscoveryService;

describe('ProcessorRegistryCheck', () => {
  it('passes when every queue has exactly one processor', () => {
    expect(() => new ProcessorRegistryCheck(discovery(NotificationsOne, IntakeOne, DeskOne, BulletinsOne, LedgerOne, StatsReportsOne, ScoringOne)).onApplicationBootstrap()).not.toThrow();
  });

  it('fails start-up for a queue without a processor, with two, or a processor of no known queue', () => {
    expect(() => new ProcessorRegistryCheck(discovery(IntakeOne, DeskOne, BulletinsOne, LedgerOne, StatsReportsOne, ScoringOne)).onApplicationBootstrap()).toThrow('notifications: 0 个处理器');
    expect(() => new ProcessorRegistryCheck(discovery(NotificationsOne, NotificationsTwo, IntakeOne, DeskOne, BulletinsOne, LedgerOne, StatsReportsOne, ScoringOne)).onApplicationBootstrap()).toThrow('notifications: 2 个处理器');
    expect(() => new ProcessorRegistryCheck(discovery(NotificationsOne, IntakeOne, DeskOne, BulletinsOne, LedgerOne, StatsReportsOne, ScoringOne, Unknown)).onApplicationBootstrap()).toThrow('mystery: 未登记的队列');
  });
});

describe('runJob', () => {
  const handlers = { [JobName.NotifyUsers]: jest.fn(async () => 'delivered') };

  it('calls the handler of the job with its payload', async () => {
    const job = { name: JobName.NotifyUsers, data: { userIds: [] } } as unknown as Job;
    await expect(runJob<QueueName.Notifications>(handlers, job)).resolves.toBe('delivered');
    expect(handlers[JobName.NotifyUsers]).toHaveBeenCalledWith({ userIds: [] }, job);
  });

  it('refuses a job it has no handler for without retries', () => {
    expect(() => runJob<QueueName.Notifications>(handlers, { name: 'nope' } as Job)).toThrow(UnrecoverableError);
  });
});
