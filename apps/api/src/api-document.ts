import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { applyAnswers, VIEW_SCHEMAS, viewRef } from '@sqmy/http';

export const API_DOCUMENT_TITLE = '社情民意信息采编平台 API';

/**
 * The OpenAPI document of the app: requests from the DTO classes, answers from @ApiAnswer and the
 * view schemas, every error in the one shape. Keys are sorted, so the same code gives the same text
 * (docs/openapi.json is this document; `npm run openapi` writes it).
 */
export function createApiDocument(app: INestApplication, views: Readonly<Record<string, SchemaObject>> = VIEW_SCHEMAS): OpenAPIObject {
  applyAnswers(app.get(ModulesContainer));
  const error = { description: '错误：{statusCode, code, message, details[], requestId}', schema: viewRef('ErrorBody') };
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle(API_DOCUMENT_TITLE)
      .setDescription('所有错误返回 {statusCode, code, message, details[], requestId}。除登录外均需 Bearer 令牌。')
      .setVersion('1')
      .addBearerAuth()
      .addGlobalResponse({ status: '4XX', ...error }, { status: '5XX', ...error })
      .build(),
  );
  const schemas = document.components?.schemas ?? {};
  for (const name of Object.keys(views)) {
    if (name in schemas) throw new Error(`OpenAPI: 视图 ${name} 与同名的请求 DTO 冲突，请改名其一`);
  }
  return sortKeys({ ...document, components: { ...document.components, schemas: { ...schemas, ...views } } });
}

/** A copy with every object's keys in order (arrays keep theirs: parameter and enum order mean something). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)])) as T;
}
