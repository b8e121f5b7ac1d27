import { tokenStore } from './token-store';
import type { ErrorDetail, Session } from './types';

const BASE = '/api/v1';

/** An error answer of the API: `{statusCode, code, message, details[]}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT_ERROR', '操作失败，请稍后重试');
}

type Query = Record<string, string | number | boolean | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** false for the calls that must not trigger a token refresh (login, refresh). */
  auth?: boolean;
  /** Extra request headers, e.g. Idempotency-Key. */
  headers?: Record<string, string>;
}

let onSessionLost: () => void = () => undefined;

/** The auth provider registers what happens when the session cannot be renewed. */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = tokenStore.accessToken;
  if (token && options.auth !== false) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(buildUrl(path, options.query), { method, headers, body });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试');
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const payload = await response.json();
    if (payload && typeof payload.message === 'string') {
      return new ApiError(
        payload.statusCode ?? response.status,
        payload.code ?? 'UNKNOWN',
        payload.message,
        Array.isArray(payload.details) ? payload.details : [],
        payload.requestId,
      );
    }
  } catch {
    // not JSON: fall through to a generic message
  }
  return new ApiError(response.status, 'HTTP_ERROR', `服务暂时不可用（HTTP ${response.status}）`);
}

let refreshing: Promise<boolean> | null = null;

/** Renews the session once, shared by every request that saw a 401 meanwhile. */
function refreshSession(): Promise<boolean> {
  const refreshToken = tokenStore.refreshToken;
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const response = await send('POST', '/auth/refresh', { body: { refreshToken }, auth: false });
      if (!response.ok) return false;
      tokenStore.save((await response.json()) as Session);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Sends the request, renewing the session once on 401; throws the API's error on any other failure. */
async function fetchOk(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  let response = await send(method, path, options);
  if (response.status === 401 && options.auth !== false && tokenStore.accessToken) {
    if (await refreshSession()) response = await send(method, path, options);
    if (response.status === 401) {
      tokenStore.clear();
      onSessionLost();
    }
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetchOk(method, path, options);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T = void>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T = void>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
  /** A file answer (e.g. an attachment), fetched with the session like any other call. */
  blob: async (path: string, query?: Query) => (await fetchOk('GET', path, { query })).blob(),
  /** A multipart upload: the file as `file`, with any other form fields. */
  upload: <T>(path: string, file: File, options: { method?: 'POST' | 'PUT'; fields?: Record<string, string> } = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
    form.append('file', file);
    return request<T>(options.method ?? 'POST', path, { body: form });
  },
};
