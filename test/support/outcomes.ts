import request from 'supertest';
import { Auth } from './desk';
import { TestApp } from './test-app';
import { asBytes } from './http';

/** The outcome calls as the web app makes them: outlets, reports, adoptions, the 批示 register. */
export function outcomesClient(t: TestApp) {
  const api = (path: string) => `/api/v1${path}`;
  const http = () => request(t.url);
  const binary = (call: request.Test) =>
    call.buffer(true).parse(asBytes);
  return {
    /** The id of the outlet with this name. */
    async outletId(auth: Auth, name: string): Promise<string> {
      const outlets = (await http().get(api('/outlets?includeInactive=true')).set(auth).expect(200)).body as { id: string; name: string }[];
      return outlets.find((o) => o.name === name)!.id;
    },
    get: (auth: Auth, path: string) => http().get(api(path)).set(auth),
    post: (auth: Auth, path: string, body: object) => http().post(api(path)).set(auth).send(body),
    patch: (auth: Auth, path: string, body: object) => http().patch(api(path)).set(auth).send(body),
    remove: (auth: Auth, path: string) => http().delete(api(path)).set(auth),
    report: (auth: Auth, itemId: string, body: object) => http().post(api(`/items/${itemId}/reports`)).set(auth).send(body),
    adopt: (auth: Auth, itemId: string, body: object) => http().post(api(`/items/${itemId}/adoptions`)).set(auth).send(body),
    instruct: (auth: Auth, itemId: string, body: object) => http().post(api(`/items/${itemId}/instructions`)).set(auth).send(body),
    outcomes: (auth: Auth, itemId: string) => http().get(api(`/items/${itemId}/outcomes`)).set(auth),
    putEvidence: (auth: Auth, adoptionId: string, file: Buffer, name: string) => http().put(api(`/adoptions/${adoptionId}/evidence`)).set(auth).attach('file', file, name),
    /** A file download as bytes, with its response. */
    download: (auth: Auth, path: string) => binary(http().get(api(path)).set(auth)),
  };
}
