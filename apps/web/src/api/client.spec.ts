import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { api, ApiError, setOutageHandler, setSessionLostHandler } from './client';
import { RETRY_FOR_MS } from './retry';
import { tokenStore } from './token-store';

/** What the API answers to one call: a status and body (with headers), or a connection that fails. */
type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-down';

const unavailable: Answer = {
  status: 503,
  body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后重试', details: [] },
  headers: { 'Retry-After': '5' },
};
const sessionEnded: Answer = { status: 401, body: { statusCode: 401, code: 'SESSION_ENDED', message: '登录已失效，请重新登录', details: [] } };
const renewed: Answer = { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900, user: {} } };

/**
 * The web client's own decisions, with the browser's two globals it uses (fetch, localStorage)
 * played by a scripted API and a map: which answers keep the session, which end it, when it retries.
 */
describe('the web client during an outage: it keeps the session and retries; only SESSION_ENDED signs out', () => {
  let script: Record<string, Answer[]>;
  let calls: { call: string; at: number; authorization?: string }[];
  let sessionLost: jest.Mock;
  let outage: boolean[];

  beforeEach(() => {
    jest.useFakeTimers();
    const storage = new Map<string, string>();
    Object.assign(globalThis, {
      localStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => storage.set(key, value),
        removeItem: (key: string) => storage.delete(key),
      },
      fetch: async (url: string, init: RequestInit) => {
        const call = `${init.method} ${url.replace('/api/v1', '')}`;
        calls.push({ call, at: Date.now(), authorization: (init.headers as Record<string, string>).Authorization });
        const answer = script[call]?.shift();
        if (!answer) throw new Error(`unscripted call ${call}`);
        if (answer === 'network-down') throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify(answer.body ?? {}), {
          status: answer.status,
          headers: { 'Content-Type': 'application/json', ...answer.headers },
        });
      },
    });
    tokenStore.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    calls = [];
    outage = [];
    sessionLost = jest.fn();
    setSessionLostHandler(sessionLost);
    setOutageHandler((waiting) => outage.push(waiting));
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  /** Lets the client's waits run out, then gives its result (or its error). */
  async function settled<T>(call: Promise<T>): Promise<T | ApiError> {
    const result = call.catch((error: unknown) => error as ApiError);
    await jest.runAllTimersAsync();
    return result;
  }
  const sessionKept = () => {
    expect(tokenStore.accessToken).not.toBeNull();
    expect(sessionLost).not.toHaveBeenCalled();
  };

  it('503 with Retry-After: the call waits as told, tries again and goes through; the session is kept', async () => {
    script = { 'GET /items': [unavailable, unavailable, { status: 200, body: { items: [], total: 0 } }] };
    expect(await settled(api.get('/items'))).toEqual({ items: [], total: 0 });
    expect(calls.map(({ at }) => at - calls[0].at)).toEqual([0, 5_000, 10_000]);
    expect(outage).toEqual([true, true, false]);
    sessionKept();
  });

  it('a 401 whose refresh meets the outage: the refresh waits and is retried, the session renewed, nobody signed out', async () => {
    script = {
      'GET /items': [sessionEnded, { status: 200, body: { items: [], total: 0 } }],
      'POST /auth/refresh': [unavailable, unavailable, renewed],
    };
    expect(await settled(api.get('/items'))).toEqual({ items: [], total: 0 });
    expect(calls.map(({ call }) => call)).toEqual(['GET /items', 'POST /auth/refresh', 'POST /auth/refresh', 'POST /auth/refresh', 'GET /items']);
    expect(tokenStore.refreshToken).toBe('refresh-2');
    expect(calls.at(-1)).toEqual(expect.objectContaining({ authorization: 'Bearer access-2' }));
    sessionKept();
  });

  it('a refresh answered 500 keeps the session and reports the error', async () => {
    script = {
      'GET /items': [sessionEnded],
      'POST /auth/refresh': [{ status: 500, body: { statusCode: 500, code: 'INTERNAL_ERROR', message: '服务器内部错误', details: [] } }],
    };
    expect(await settled(api.get('/items'))).toEqual(expect.objectContaining({ status: 500, code: 'INTERNAL_ERROR' }));
    sessionKept();
  });

  it('401 SESSION_ENDED from the refresh ends the session', async () => {
    script = { 'GET /items': [sessionEnded], 'POST /auth/refresh': [sessionEnded] };
    expect(await settled(api.get('/items'))).toEqual(expect.objectContaining({ status: 401, code: 'SESSION_ENDED' }));
    expect(tokenStore.accessToken).toBeNull();
    expect(tokenStore.refreshToken).toBeNull();
    expect(sessionLost).toHaveBeenCalledTimes(1);
  });

  it('a lost connection: a read is sent again, a write without Idempotency-Key is not, one with it is', async () => {
    script = {
      'GET /items': ['network-down', { status: 200, body: { items: [], total: 0 } }],
      'POST /items': ['network-down', 'network-down', { status: 201, body: { id: 'x' } }],
    };
    expect(await settled(api.get('/items'))).toEqual({ items: [], total: 0 });
    expect(await settled(api.post('/items', { title: 't' }))).toEqual(expect.objectContaining({ status: 0 }));
    expect(calls.filter(({ call }) => call === 'POST /items')).toHaveLength(1);
    expect(await settled(api.post('/items', { title: 't' }, { headers: { 'Idempotency-Key': 'k' } }))).toEqual({ id: 'x' });
    sessionKept();
  });

  it('an API away for longer than the client waits: the call gives up with the 503, the session is kept', async () => {
    script = { 'GET /items': Array.from({ length: 100 }, () => unavailable) };
    expect(await settled(api.get('/items'))).toEqual(expect.objectContaining({ status: 503, code: 'SERVICE_UNAVAILABLE' }));
    expect(calls.at(-1)!.at - calls[0].at).toBeLessThanOrEqual(RETRY_FOR_MS);
    expect(calls.length).toBeGreaterThan(5);
    sessionKept();
  });
});
