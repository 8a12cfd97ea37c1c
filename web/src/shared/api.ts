// The one door to the server: relative /api/v1 URLs, same-origin cookies, the CSRF header on
// every request that is not GET/HEAD, and problem+json errors turned into ApiError.

export interface Problem {
  status: number;
  /** Stable code from docs/api.md, translated as errors.<code>; `network`/`unknown` are ours. */
  code: string;
  field?: string;
  title?: string;
  detail?: string;
  /**
   * The body's other members (RFC 9457 "extension members"), e.g. `unmet` of a 422
   * transition_refused: what an endpoint adds to explain its refusal.
   */
  extensions?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  idempotencyKey?: string;
}

export const API_BASE = '/api/v1';

let csrfToken: string | null = null;
let unauthorizedListener: ((code: string) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For the one request that cannot go through fetch: the document upload (XMLHttpRequest, for progress). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called when a request other than login/me answers 401 (session expired, signed out). */
export function onUnauthorized(listener: ((code: string) => void) | null): void {
  unauthorizedListener = listener;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, value === true ? '1' : String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STATUS_CODES: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'version_conflict',
  413: 'body_too_large',
  429: 'locked_out',
};

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'field']);

export function toProblem(status: number, body: unknown): Problem {
  const b = isRecord(body) ? body : {};
  const str = (k: string): string | undefined => (typeof b[k] === 'string' ? (b[k] as string) : undefined);
  const problem: Problem = {
    status,
    code: str('code') ?? STATUS_CODES[status] ?? 'unknown',
    field: str('field'),
    title: str('title'),
    detail: str('detail'),
  };
  const extra = Object.entries(b).filter(([k]) => !STANDARD_MEMBERS.has(k));
  if (extra.length > 0) problem.extensions = Object.fromEntries(extra);
  return problem;
}

async function readJson(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  const body = res.status === 204 ? undefined : await readJson(res);
  if (!res.ok) {
    const problem = toProblem(res.status, body);
    // login and me answer 401 as part of their normal flow; anything else means the session is gone.
    if (res.status === 401 && !path.startsWith('/auth/login') && !path.startsWith('/auth/me')) {
      unauthorizedListener?.(problem.code);
    }
    throw new ApiError(problem);
  }
  return body as T;
}

/**
 * A request whose answer is a file (an XLSX export): the same headers and errors as `request`,
 * the body returned as a Blob.
 */
export async function requestBlob(method: string, path: string, opts: RequestOptions = {}): Promise<Blob> {
  const headers: Record<string, string> = { Accept: '*/*' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  if (!res.ok) {
    const problem = toProblem(res.status, await readJson(res));
    if (res.status === 401) unauthorizedListener?.(problem.code);
    throw new ApiError(problem);
  }
  return res.blob();
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>('POST', path, { body, idempotencyKey }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  del: <T>(path: string, query?: Query) => request<T>('DELETE', path, { query }),
};

/** The list shape every paged endpoint answers with. */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
  total?: number;
}

/** A random key for Idempotency-Key; getRandomValues works outside secure contexts too. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A list answer documented without its envelope: accept `{items: [...]}` or a bare array. */
export function itemsOf<T>(raw: T[] | { items?: T[] | null } | null | undefined): T[] {
  if (Array.isArray(raw)) return raw;
  return raw?.items ?? [];
}
