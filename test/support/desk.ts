import request from 'supertest';
import { TestApp } from './test-app';

export type Auth = { Authorization: string };

export const ITEM_BODY = '一、基本情况。我市农村60岁以上老人占比超过25%。二、存在问题。养老服务设施不足。三、建议。加快建设农村互助幸福院。';

/** The desk's moves and reads, as the web app calls them. */
export function deskClient(t: TestApp) {
  const api = (path: string) => `/api/v1${path}`;
  const http = () => request(t.url);
  return {
    /** An item written and submitted by `author`; returns its id. */
    async submitted(author: Auth, fields: object = {}): Promise<string> {
      const draft = await http().post(api('/items'))
        .set(author)
        .send({ title: '关于加强农村养老服务体系建设的建议', body: ITEM_BODY, categoryCode: 'livelihood', ...fields })
        .expect(201);
      await http().post(api(`/items/${draft.body.id}/submit`)).set(author).expect(200);
      return draft.body.id as string;
    },
    move: (auth: Auth, id: string, action: string, body: object = {}) => http().post(api(`/items/${id}/${action}`)).set(auth).send(body),
    saveText: (auth: Auth, id: string, body: object) => http().put(api(`/items/${id}/text`)).set(auth).send(body),
    merge: (auth: Auth, body: object) => http().post(api('/items/merge')).set(auth).send(body),
    get: (auth: Auth, path: string) => http().get(api(path)).set(auth),
    item: async (auth: Auth, id: string) => (await http().get(api(`/items/${id}`)).set(auth).expect(200)).body,
    me: async (auth: Auth) => (await http().get(api('/auth/me')).set(auth).expect(200)).body.id as string,
    /** The titles of a person's notifications, newest first. */
    notices: async (auth: Auth) =>
      (await http().get(api('/notifications?limit=100')).set(auth).expect(200)).body.items as { title: string; body: string; link: string }[],
  };
}
