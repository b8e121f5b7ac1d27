import request from 'supertest';
import { Auth, deskClient } from './desk';
import { TestApp } from './test-app';
import { asBytes } from './http';

/** The bulletin calls as the web app makes them, and approved items to fill issues with. */
export function bulletinClient(t: TestApp, people: { informant: Auth; editor: Auth; chief: Auth }) {
  const api = (path: string) => `/api/v1${path}`;
  const http = () => request(t.url);
  const desk = deskClient(t);
  return {
    /** An item written by the informant and taken through the desk to `approved`; returns its id. */
    async approvedItem(title: string, body?: string): Promise<string> {
      const id = await desk.submitted(people.informant, body ? { title, body } : { title });
      for (const step of ['screen', 'accept', 'propose']) await desk.move(people.editor, id, step).expect(200);
      await desk.move(people.chief, id, 'approve').expect(200);
      return id;
    },
    async seriesId(auth: Auth = people.editor): Promise<string> {
      const series = (await http().get(api('/bulletin-series')).set(auth).expect(200)).body as { id: string; title: string }[];
      return series.find((s) => s.title === '晋中社情民意')!.id;
    },
    createIssue: (auth: Auth, seriesId: string, body: object) => http().post(api(`/bulletin-series/${seriesId}/issues`)).set(auth).send(body),
    /** A draft with these items, in this order; returns its id. */
    async draft(seriesId: string, itemIds: string[], extra: object = {}): Promise<string> {
      const created = await http()
        .post(api(`/bulletin-series/${seriesId}/issues`))
        .set(people.editor)
        .send({ items: itemIds.map((itemId) => ({ itemId })), ...extra })
        .expect(201);
      return created.body.id as string;
    },
    setItems: (auth: Auth, id: string, items: object[]) => http().put(api(`/bulletin-issues/${id}/items`)).set(auth).send({ items }),
    patch: (auth: Auth, id: string, body: object) => http().patch(api(`/bulletin-issues/${id}`)).set(auth).send(body),
    remove: (auth: Auth, id: string) => http().delete(api(`/bulletin-issues/${id}`)).set(auth),
    sign: (id: string, body: object = {}, auth: Auth = people.chief) => http().post(api(`/bulletin-issues/${id}/sign`)).set(auth).send(body),
    publish: (id: string, auth: Auth = people.editor) => http().post(api(`/bulletin-issues/${id}/publish`)).set(auth).send({}),
    get: (auth: Auth, path: string) => http().get(api(path)).set(auth),
    issue: async (id: string, auth: Auth = people.editor) => (await http().get(api(`/bulletin-issues/${id}`)).set(auth).expect(200)).body,
    /** The .docx as bytes, with its response. */
    document: (id: string, auth: Auth = people.editor) =>
      http()
        .get(api(`/bulletin-issues/${id}/document`))
        .set(auth)
        .buffer(true)
        .parse(asBytes),
  };
}
