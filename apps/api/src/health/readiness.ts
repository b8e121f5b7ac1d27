import { HttpStatus } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { AppError } from '@sqmy/http';
import { ErrorCode } from '@sqmy/contract';

/** The parts the API cannot answer without: every route needs PostgreSQL. */
const REQUIRED = ['postgres'];
/** What is lost while an optional part is away. Redis only carries jobs: the outbox keeps them until it is back. */
const DEGRADES: Record<string, string> = { redis: '后台任务暂缓投递，恢复后自动补发；提交与审核照常' };

export interface Liveness {
  status: 'ok';
}

export interface Readiness {
  status: 'ok' | 'degraded';
  components: Record<string, { status: 'up' | 'down'; message?: string; effect?: string }>;
}

/**
 * Ready unless a required part is down (503 in the error shape, naming it); an optional part
 * that is down makes the answer `degraded`, still 200, so a load balancer keeps sending requests.
 */
export function readiness(results: HealthIndicatorResult[]): Readiness {
  const components: Readiness['components'] = {};
  for (const result of results) {
    for (const [name, { status, message }] of Object.entries(result)) {
      components[name] = { status, ...(typeof message === 'string' ? { message } : {}), ...(status === 'down' && DEGRADES[name] ? { effect: DEGRADES[name] } : {}) };
    }
  }
  const down = Object.entries(components).filter(([, component]) => component.status === 'down');
  if (down.some(([name]) => REQUIRED.includes(name))) {
    throw new AppError(
      HttpStatus.SERVICE_UNAVAILABLE,
      ErrorCode.NotReady,
      `服务未就绪：${down.map(([name]) => name).join('、')} 无法连接`,
      down.map(([name, component]) => ({ field: name, message: component.effect ?? `无法连接${component.message ? `：${component.message}` : ''}` })),
    );
  }
  return { status: down.length > 0 ? 'degraded' : 'ok', components };
}
