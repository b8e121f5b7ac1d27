import { INestApplication } from '@nestjs/common';
import type { OpenAPIObject, OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { createApiDocument } from './api-document';
import { createPreviewApp } from './preview-app';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function operations(document: OpenAPIObject): [string, OperationObject][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method): [string, OperationObject] => [`${method.toUpperCase()} ${path}`, item[method]!]),
  );
}

/** A success an outside client can be generated from: a JSON schema, a file, or no body at all. */
function describedSuccess(status: string, response: ResponseObject): boolean {
  if (status === '204') return !response.content;
  const content = Object.entries(response.content ?? {});
  return content.length > 0 && content.every(([type, media]) => (type === 'application/json' ? !!media.schema : (media.schema as SchemaObject | undefined)?.format === 'binary'));
}

describe('the OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    app = await createPreviewApp();
    document = createApiDocument(app);
  });
  afterAll(() => app.close());

  it('describes every route under /api/v1 and /health', () => {
    expect(operations(document).length).toBeGreaterThan(100);
    expect(Object.keys(document.paths).every((path) => /^\/(api\/v1|health)\//.test(path))).toBe(true);
  });

  it('gives every operation a success answer with its schema, a file or no content', () => {
    const undescribed = operations(document)
      .filter(([, operation]) => !Object.entries(operation.responses).some(([status, response]) => /^2\d\d$/.test(status) && describedSuccess(status, response as ResponseObject)))
      .map(([name]) => name);
    expect(undescribed).toEqual([]);
  });

  it('answers every error in the one error shape', () => {
    const withoutErrorShape = operations(document)
      .filter(([, operation]) => !['4XX', '5XX'].every((status) => (operation.responses[status] as ResponseObject | undefined)?.content?.['application/json'].schema))
      .map(([name]) => name);
    expect(withoutErrorShape).toEqual([]);
  });

  it('resolves every $ref to a schema of the document', () => {
    const schemas = document.components?.schemas ?? {};
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map(([, ref]) => ref);
    expect(refs.length).toBeGreaterThan(100);
    expect([...new Set(refs)].filter((ref) => !(ref.startsWith('#/components/schemas/') && ref.slice(21) in schemas))).toEqual([]);
  });
});
