import { HttpStatus, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { ANSWER, Answer } from './api-answer';

type Handler = (...args: unknown[]) => unknown;

/** The status a route answers on success, by Nest's own rule: its @HttpCode, else 201 for POST and 200 for the rest. */
export function successStatusOf(handler: Handler): number {
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (code) return code;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK;
}

function responseOf(answer: Answer) {
  if (answer.kind === 'json') return { description: '成功', schema: answer.schema };
  if (answer.kind === 'file') return { description: '文件', content: answer.content };
  return { description: '成功', type: answer.type, isArray: false };
}

/** The route handlers of every controller in the app. */
function* routeHandlers(modules: ModulesContainer): Generator<Handler> {
  for (const module of modules.values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype?: Record<string, unknown> } | null)?.prototype ?? {};
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[key];
        if (typeof handler === 'function' && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined) yield handler as Handler;
      }
    }
  }
}

/**
 * Turns each @ApiAnswer / @ApiFileAnswer of the app's controllers into the OpenAPI response of the
 * route's success status; a 204 route is declared without a body. Run before
 * SwaggerModule.createDocument; running it again changes nothing.
 */
export function applyAnswers(modules: ModulesContainer): void {
  for (const handler of routeHandlers(modules)) {
    const answer = Reflect.getMetadata(ANSWER, handler) as Answer | undefined;
    const status = successStatusOf(handler);
    const response = answer ? responseOf(answer) : status === HttpStatus.NO_CONTENT ? { description: '无内容' } : undefined;
    if (!response) continue;
    const responses = Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) as object | undefined;
    Reflect.defineMetadata(DECORATORS.API_RESPONSE, { ...responses, [status]: response }, handler);
  }
}
