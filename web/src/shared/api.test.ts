import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, buildUrl, onUnauthorized, setCsrfToken, toProblem } from './api';

type Call = { url: string; init: RequestInit };

function mockFetch(status: number, body?: unknown, type = 'application/json') {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const text = body === undefined ? null : JSON.stringify(body);
    return new Response(text, { status, headers: text ? { 'content-type': type } : {} });
  });
  return calls;
}
const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  onUnauthorized(null);
});

describe('api client', () => {
  it('sends the CSRF token on every non-GET request and never on GET', async () => {
    setCsrfToken('tok-1');
    const calls = mockFetch(200, { ok: true });
    await api.get('/cases');
    await api.post('/cases', { title: 'x' });
    await api.patch('/cases/1', { version: 1 });
    await api.del('/cases/1/team/2');
    expect(calls.map((c) => header(c, 'X-CSRF-Token'))).toEqual([undefined, 'tok-1', 'tok-1', 'tok-1']);
    expect(calls.every((c) => c.init.credentials === 'same-origin')).toBe(true);
    expect(calls[1].init.body).toBe('{"title":"x"}');
    expect(header(calls[1], 'Content-Type')).toBe('application/json');
  });

  it('uses relative /api/v1 URLs and drops empty query values', () => {
    expect(buildUrl('/cases', { limit: 50, cursor: null, q: '', state: 'open', alerts: false })).toBe('/api/v1/cases?limit=50&state=open');
    expect(buildUrl('/audit', { alerts: true })).toBe('/api/v1/audit?alerts=1');
  });

  it('turns problem+json into an ApiError with code and field', async () => {
    mockFetch(422, { type: 'about:blank', title: 'Invalid', status: 422, code: 'invalid_value', field: 'category' }, 'application/problem+json');
    const err = await api.post('/cases', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).problem).toMatchObject({ status: 422, code: 'invalid_value', field: 'category' });
  });

  it('keeps the extension members a refusal explains itself with', () => {
    const unmet = [{ code: 'approval_required', detail: 'a supervisor must approve this step first', field: 'close' }];
    const p = toProblem(422, { type: 'about:blank', title: 'Unprocessable Content', status: 422, code: 'transition_refused', field: 'transition', unmet });
    expect(p).toMatchObject({ code: 'transition_refused', field: 'transition' });
    expect(p.extensions).toEqual({ unmet });
    expect(toProblem(404, { code: 'not_found', title: 'Not Found' }).extensions).toBeUndefined();
  });

  it('falls back to a code from the status when the body is not problem+json', () => {
    expect(toProblem(404, 'nope').code).toBe('not_found');
    expect(toProblem(500, null).code).toBe('unknown');
  });

  it('reports a network failure as code network', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/cases')).rejects.toMatchObject({ problem: { code: 'network', status: 0 } });
  });

  it('tells the session about a 401 except from login and me', async () => {
    const seen: string[] = [];
    onUnauthorized((code) => seen.push(code));
    mockFetch(401, { code: 'session_expired' });
    await api.get('/cases').catch(() => undefined);
    await api.get('/auth/me').catch(() => undefined);
    await api.post('/auth/login', {}).catch(() => undefined);
    expect(seen).toEqual(['session_expired']);
  });

  it('answers undefined for 204', async () => {
    mockFetch(204);
    await expect(api.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('sends Idempotency-Key when given', async () => {
    const calls = mockFetch(201, {});
    await api.post('/cases', {}, 'key-1');
    expect(header(calls[0], 'Idempotency-Key')).toBe('key-1');
  });
});
