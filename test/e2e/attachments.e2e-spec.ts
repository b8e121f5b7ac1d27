import request from 'supertest';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../support/demo';
import { expectErrorShape, signIn } from '../support/http';
import { rosterXlsx } from '../support/roster';
import { createTestApp, TestApp } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('attachments: typed by content, stored with SHA-256, never orphaned', () => {
  let t: TestApp;
  let informant: { Authorization: string };
  let editor: { Authorization: string };
  const storage = mkdtempSync(join(tmpdir(), 'sqmy-attachments-'));

  beforeAll(async () => {
    t = await createTestApp({ env: { STORAGE_DIR: storage } });
    await seedDemo(t.dataSource);
    [informant, editor] = await Promise.all(['informant', 'editor'].map((u) => signIn(t, u, 'Demo@2026')));
  });
  afterAll(() => t.close());

  const newItem = async () => (await request(t.url).post('/api/v1/items').set(informant).send({ title: '关于附件的建议', body: '正文' }).expect(201)).body.id as string;

  it('uploads a PDF and an XLSX, lists them on the item, downloads the same bytes', async () => {
    const id = await newItem();
    const pdf = await request(t.url).post(`/api/v1/items/${id}/attachments`).set(informant).attach('file', PDF, '调研报告.pdf').expect(201);
    expect(pdf.body).toEqual(expect.objectContaining({ name: '调研报告.pdf', type: 'pdf', size: PDF.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }));
    await request(t.url).post(`/api/v1/items/${id}/attachments`).set(informant).attach('file', await rosterXlsx([['a', '1', 'b', 'c']]), '数据.xlsx').expect(201);
    const item = await request(t.url).get(`/api/v1/items/${id}`).set(informant).expect(200);
    expect(item.body.attachments.map((a: { type: string }) => a.type)).toEqual(['pdf', 'xlsx']);
    const download = await request(t.url).get(`/api/v1/items/${id}/attachments/${pdf.body.id}`).set(informant).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    await request(t.url).post(`/api/v1/items/${id}/submit`).set(informant).expect(200);
    await request(t.url).get(`/api/v1/items/${id}/attachments/${pdf.body.id}`).set(editor).expect(200);
    expectErrorShape((await request(t.url).delete(`/api/v1/items/${id}/attachments/${pdf.body.id}`).set(informant)).body, 409, 'ITEM_NOT_EDITABLE');
  });

  it('refuses wrong content, a content that does not match its name, and no file — leaving no file behind', async () => {
    const id = await newItem();
    const before = filesUnder(storage).length;
    const text = await request(t.url).post(`/api/v1/items/${id}/attachments`).set(informant).attach('file', Buffer.from('not a pdf'), 'report.pdf');
    expectErrorShape(text.body, 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
    const mismatch = await request(t.url).post(`/api/v1/items/${id}/attachments`).set(informant).attach('file', PNG, 'photo.pdf');
    expectErrorShape(mismatch.body, 415, 'ATTACHMENT_TYPE_MISMATCH');
    expectErrorShape((await request(t.url).post(`/api/v1/items/${id}/attachments`).set(informant)).body, 400, 'FILE_REQUIRED');
    const tooBig = await request(t.url).post(`/api/v1/items/${id}/attachments`).set(informant).attach('file', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), 'big.pdf');
    expectErrorShape(tooBig.body, 413);
    const member = await signIn(t, 'member', 'Demo@2026');
    expectErrorShape((await request(t.url).post(`/api/v1/items/${id}/attachments`).set(member).attach('file', PDF, 'x.pdf')).body, 403);
    // An upload onto a submitted item is refused after the file was stored: the stored copy is removed again.
    const submitted = await newItem();
    await request(t.url).post(`/api/v1/items/${submitted}/submit`).set(informant).expect(200);
    expectErrorShape((await request(t.url).post(`/api/v1/items/${submitted}/attachments`).set(informant).attach('file', PDF, 'x.pdf')).body, 409, 'ITEM_NOT_EDITABLE');
    expect(filesUnder(storage).filter((f) => !f.endsWith('.tmp'))).toHaveLength(before);
    expect((await request(t.url).get(`/api/v1/items/${id}`).set(informant)).body.attachments).toEqual([]);
  });

  it('a deleted attachment is gone from the item and from the disk', async () => {
    const id = await newItem();
    const png = await request(t.url).post(`/api/v1/items/${id}/attachments`).set(informant).attach('file', PNG, '现场.png').expect(201);
    const before = filesUnder(storage).length;
    await request(t.url).delete(`/api/v1/items/${id}/attachments/${png.body.id}`).set(informant).expect(204);
    expect(filesUnder(storage)).toHaveLength(before - 1);
    await request(t.url).get(`/api/v1/items/${id}/attachments/${png.body.id}`).set(informant).expect(404);
  });
});
