import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { DemoCommittee } from '@sqmy/accounts';
import { seedDemoCommitteeFull } from '../support/demo';
import { signIn } from '../support/http';
import { createTestApp, TestApp } from '../support/test-app';

interface Document {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
  components: { schemas: Record<string, object> };
}

const ROLES = ['informant', 'editor', 'chiefEditor', 'analyst', 'unitAdmin', 'admin'] as const;

const committed = JSON.parse(readFileSync(resolve(__dirname, '../../docs/openapi.json'), 'utf8')) as Document;

/** Draft-7 validation of an answer against the document's schema, its refs into the document's components. */
function schemaChecker(document: Document) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'openapi', components: document.components });
  return (schema: object, body: unknown): string | null => {
    const anchored = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;
    return ajv.validate(anchored, body) ? null : ajv.errorsText(ajv.errors, { dataVar: 'answer' });
  };
}

/** The committed document is built without a database; the running app serves that one, and its answers fit it. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    demo = await seedDemoCommitteeFull(t.dataSource);
    for (const role of ROLES) tokens.set(role, (await signIn(t, demo.accounts[role].username, demo.accounts[role].password)).Authorization);
  });
  afterAll(() => t.close());

  it('is served as docs/openapi.json, the file an outside system generates its client from', async () => {
    const served = (await request(t.url).get('/api/docs-json').expect(200)).body as unknown;
    expect(served).toEqual(committed);
  });

  it('refuses an answer that does not fit its schema', () => {
    const check = schemaChecker(committed);
    expect(check({ $ref: '#/components/schemas/ItemView' }, { id: 1 })).toMatch(/answer must have required property 'status'/);
  });

  it('describes what the app really answers: each list, page and health report a role reads fits its schema', async () => {
    const item = await request(t.url)
      .post('/api/v1/items')
      .set({ Authorization: tokens.get('informant')! })
      .send({ title: '关于接口文档的建议', body: '情况、问题、建议。', submit: true })
      .expect(201);
    const ids: Record<string, string> = { '/api/v1/items/{id}': item.body.id, '/api/v1/organisations/{id}': demo.organisations['民盟晋中市委会'] };
    const check = schemaChecker(committed);
    expect(check(committed.paths['/api/v1/items'].post.responses['201'].content!['application/json'].schema, item.body)).toBeNull();
    const checked: string[] = [];
    const misfits: string[] = [];
    for (const [template, operations] of Object.entries(committed.paths)) {
      const schema = operations.get?.responses['200']?.content?.['application/json']?.schema;
      const path = template.includes('{') ? ids[template] && template.replace('{id}', ids[template]) : template;
      if (!schema || !path) continue;
      for (const role of ROLES) {
        const answer = await request(t.url).get(path).set({ Authorization: tokens.get(role)! });
        if (answer.status !== 200) continue;
        checked.push(template);
        const misfit = check(schema, answer.body);
        if (misfit) misfits.push(`GET ${template} (${role}): ${misfit}`);
        break;
      }
    }
    expect(misfits).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(30);
  });
});
