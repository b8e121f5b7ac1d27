import { applyDecorators, SetMetadata, Type } from '@nestjs/common';
import { ApiExtraModels, ContentObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import viewSchemas from './view-schemas.json';

/**
 * The name of a view the API answers: an interface (or type) named in view-schemas.json, which
 * `npm run openapi` generates from the TypeScript sources. A new view: name it here, run the script.
 */
export type ViewName = keyof typeof viewSchemas;

/** The JSON Schema of every view, by name, as components.schemas of the OpenAPI document. */
export const VIEW_SCHEMAS = viewSchemas as unknown as Readonly<Record<ViewName, SchemaObject>>;

/** What a route answers on success; its status code is the route's own (see applyAnswers). */
export type Answer =
  | { kind: 'json'; schema: SchemaObject | ReferenceObject }
  | { kind: 'file'; content: ContentObject }
  | { kind: 'dto'; type: Type<unknown> };

export const ANSWER = 'sqmy:answer';

export const viewRef = (name: ViewName): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/**
 * Declares the JSON a route answers: `@ApiAnswer('ItemView')`, a list `@ApiAnswer(['ItemView'])`,
 * or a DTO class the route also accepts as its body.
 */
export function ApiAnswer(view: ViewName | [ViewName] | Type<unknown>): MethodDecorator {
  if (typeof view === 'function') return applyDecorators(ApiExtraModels(view), SetMetadata(ANSWER, { kind: 'dto', type: view } satisfies Answer));
  const schema = Array.isArray(view) ? { type: 'array' as const, items: viewRef(view[0]) } : viewRef(view);
  return SetMetadata(ANSWER, { kind: 'json', schema } satisfies Answer);
}

/** Declares a route that answers a file, in one of these content types (e.g. .docx, .xlsx, PDF). */
export function ApiFileAnswer(...contentTypes: string[]): MethodDecorator {
  const binary: SchemaObject = { type: 'string', format: 'binary' };
  const content = Object.fromEntries(contentTypes.map((type) => [type, { schema: binary }]));
  return SetMetadata(ANSWER, { kind: 'file', content } satisfies Answer);
}
