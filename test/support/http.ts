import request from 'supertest';
import { TestApp } from './test-app';

/** Signs in through the API and returns the bearer header for later calls. */
export async function signIn(testApp: TestApp, username: string, password: string): Promise<{ Authorization: string }> {
  const response = await request(testApp.url).post('/api/v1/auth/login').send({ username, password });
  if (response.status !== 200) throw new Error(`sign-in as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { Authorization: `Bearer ${response.body.accessToken as string}` };
}

/** Every error body has the one shape. */
export function expectErrorShape(body: unknown, statusCode: number, code?: string): void {
  expect(body).toEqual(
    expect.objectContaining({ statusCode, code: code ?? expect.any(String), message: expect.any(String), details: expect.any(Array) }),
  );
}

/** Reads the answer as bytes (a .docx, an .xlsx): `request(url).get(path).buffer(true).parse(asBytes)`. */
export function asBytes(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
