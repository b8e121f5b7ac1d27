import { ErrorCode } from '@sqmy/contract';
import type { ErrorDetail, TokenPair, Wire } from '@sqmy/contract';
import { isOutage, isSafeToResend, RETRY_FOR_MS, retryDelay } from './retry';
import { tokenStore } from './token-store';

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
let onOutage: (waiting: boolean) => void = () => undefined;

/** The auth provider registers what happens when the session cannot be renewed. */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

/** Told `true` when a call waits to retry because the API is away, `false` once the API answers again. */
export function setOutageHandler(handler: (waiting: boolean) => void): void {
  onOutage = handler;
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
  return new ApiError(response.status, ErrorCode.HttpError, `服务暂时不可用（HTTP ${response.status}）`);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the request; while the API is away (503, a lost connection) waits as Retry-After says, or
 * backs off, and sends it again, for up to RETRY_FOR_MS. A lost connection is retried only for a
 * request that is safe to resend. Answers the last response, or throws the network error.
 */
async function sendPatiently(method: string, path: string, options: RequestOptions): Promise<Response> {
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    let response: Response | undefined;
    let failure: ApiError | undefined;
    try {
      response = await send(method, path, options);
    } catch (error) {
      failure = asApiError(error);
      if (!isSafeToResend(method, options.headers)) throw failure;
    }
    if (response && !isOutage(response.status)) {
      onOutage(false);
      return response;
    }
    const delay = retryDelay(attempt, response?.headers.get('Retry-After') ?? null);
    if (Date.now() + delay - started > RETRY_FOR_MS) {
      if (response) return response;
      throw failure!;
    }
    onOutage(true);
    await wait(delay);
  }
}

let refreshing: Promise<'renewed' | 'ended'> | null = null;

/**
 * Renews the session once, shared by every request that saw a 401 meanwhile. 'ended' only when the
 * API refused the refresh token; when it could not answer, the error is thrown and the session kept.
 */
function refreshSession(): Promise<'renewed' | 'ended'> {
  const refreshToken = tokenStore.refreshToken;
  if (!refreshToken) return Promise.resolve('ended');
  refreshing ??= (async () => {
    try {
      const response = await sendPatiently('POST', '/auth/refresh', { body: { refreshToken }, auth: false });
      if ([400, 401, 403].includes(response.status)) return 'ended';
      if (!response.ok) throw await errorFrom(response);
      tokenStore.save((await response.json()) as Wire<TokenPair>);
      return 'renewed';
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/**
 * Sends the request, renewing the session once on 401; throws the API's error on any other failure.
 * The session is dropped only when the API says it ended, never because the API was away.
 */
async function fetchOk(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  let response = await sendPatiently(method, path, options);
  if (response.status === 401 && options.auth !== false && tokenStore.accessToken) {
    const renewal = await refreshSession();
    if (renewal === 'renewed') response = await sendPatiently(method, path, options);
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
