import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';

/** The committed document is built without a database; the running app must serve exactly that one. */
describe('the served OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
  });
  afterAll(() => t.close());

  it('is docs/openapi.json, the file an outside system generates its client from', async () => {
    const committed: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../docs/openapi.json'), 'utf8'));
    const served = (await request(t.url).get('/api/docs-json').expect(200)).body as unknown;
    expect(served).toEqual(committed);
  });
});
