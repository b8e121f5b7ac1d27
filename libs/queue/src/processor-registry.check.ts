import { PROCESSOR_METADATA } from '@nestjs/bullmq/dist/bull.constants';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { QueueName } from './queue.constants';

/**
 * Worker start-up fails unless every queue has exactly one processor: a job without a
 * processor would wait forever, and two processors would race for it.
 */
@Injectable()
export class ProcessorRegistryCheck implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const counts = new Map<string, number>();
    for (const wrapper of this.discovery.getProviders()) {
      const target = wrapper.metatype;
      if (!target || typeof target !== 'function') continue;
      const meta = Reflect.getMetadata(PROCESSOR_METADATA, target) as { name?: string } | undefined;
      if (meta?.name) counts.set(meta.name, (counts.get(meta.name) ?? 0) + 1);
    }
    const problems = Object.values(QueueName)
      .filter((queue) => counts.get(queue) !== 1)
      .map((queue) => `${queue}: ${counts.get(queue) ?? 0} 个处理器`);
    for (const name of counts.keys()) {
      if (!(Object.values(QueueName) as string[]).includes(name)) problems.push(`${name}: 未登记的队列`);
    }
    if (problems.length > 0) throw new Error(`每个队列必须恰好有一个处理器 — ${problems.join('; ')}`);
  }
}
