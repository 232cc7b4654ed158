/**
 * The REST kit every adapter uses (src/providers/rest): one send with its body reading, the
 * shared status and transport meanings under a provider's table, and paging. The HTTP transport
 * itself is tested over real sockets in http.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { RestClient } from '../../src/providers/rest/client.js';
import { statusError, transportError, type ProviderErrors } from '../../src/providers/rest/errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../src/providers/rest/http.js';
import { checkPaging } from '../../src/providers/rest/paging.js';
import { failure } from '../helpers/failure.js';

function thrown(fn: () => unknown): GatewayError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected a GatewayError');
}

type Op = 'getThing' | 'putThing';

const ERRORS: ProviderErrors<Op, { hint?: string }> = {
  provider: 'TESTPROV',
  displayName: 'TestProvider',
  credentials: 'TestProvider refused the credentials; check TEST_SECRET',
  statuses: {
    403: () => ({ code: 'FORBIDDEN', message: 'not in this edition' }),
    404: ({ operation, context }) =>
      operation === 'getThing' ? { code: 'NOT_FOUND', message: `no thing${context.hint ?? ''}` } : undefined,
    413: () => ({ code: 'BAD_USER_INPUT', message: 'too big', field: 'input.data' }),
  },
};

/** An HTTP client answering from a script, recording what it was asked. */
function scripted(answers: Array<Partial<HttpResponse>>): HttpClient & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    async request(request) {
      requests.push(request);
      const answer = answers.shift() ?? {};
      return { status: 200, headers: {}, text: '', ...answer };
    },
    async close() {},
  };
}

function client(http: HttpClient, emptyBody?: 'null' | 'unexpected'): RestClient<Op, { hint?: string }> {
  return new RestClient({
    errors: ERRORS,
    http,
    auth: () => ({ authorization: 'Token t' }),
    context: {},
    ...(emptyBody === undefined ? {} : { emptyBody }),
  });
}

describe('RestClient', () => {
  it('should send JSON or form bodies with Accept, auth and content type, naming the operation', async () => {
    const http = scripted([{ text: '{"a":1}' }, { status: 204 }, {}]);
    const rest = client(http);
    expect(await rest.json({ operation: 'getThing', method: 'POST', path: '/t', json: { x: 1 }, query: { q: 'v' } })).toEqual({ a: 1 });
    await rest.send({ operation: 'putThing', method: 'POST', path: '/f', form: new URLSearchParams([['k', 'a b']]) });
    await rest.send({ operation: 'getThing', method: 'GET', path: '/g' });
    expect(http.requests).toEqual([
      {
        method: 'POST',
        operation: 'getThing',
        path: '/t',
        query: { q: 'v' },
        headers: { accept: 'application/json', authorization: 'Token t', 'content-type': 'application/json' },
        body: '{"x":1}',
      },
      {
        method: 'POST',
        operation: 'putThing',
        path: '/f',
        headers: { accept: 'application/json', authorization: 'Token t', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'k=a+b',
      },
      { method: 'GET', operation: 'getThing', path: '/g', headers: { accept: 'application/json', authorization: 'Token t' } },
    ]);
  });

  it('should answer null for an allowed status and map the others with the table and the call context', async () => {
    const rest = client(scripted([{ status: 404, text: '{"secret":"never shown"}' }, { status: 404 }, { status: 404 }]));
    expect(await rest.json({ operation: 'getThing', method: 'GET', path: '/t', allow: [404] })).toBeNull();
    expect(await failure(rest.json({ operation: 'getThing', method: 'GET', path: '/t', context: { hint: ' here' } }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'no thing here',
      details: { provider: 'TESTPROV', upstreamStatus: 404 },
    });
    expect(await failure(rest.send({ operation: 'putThing', method: 'GET', path: '/t' }))).toMatchObject({
      code: 'UPSTREAM_ERROR',
      message: 'TestProvider answered HTTP 404 unexpectedly',
    });
  });

  it('should refuse redirects and bodies that are not JSON; an empty body is null only when the provider says so', async () => {
    const rest = client(scripted([{ status: 302 }, { text: 'not json' }, { text: '' }]));
    for (let i = 0; i < 3; i += 1) {
      expect(await failure(rest.json({ operation: 'getThing', method: 'GET', path: '/t' }))).toMatchObject({
        code: 'UPSTREAM_ERROR',
        message: 'TestProvider sent an unexpected response to getThing',
      });
    }
    expect(await client(scripted([{ text: ' ' }]), 'null').json({ operation: 'getThing', method: 'GET', path: '/t' })).toBeNull();
  });
});

describe('status meanings', () => {
  const answer = (status: number, operation: Op = 'putThing') => ({ operation, status, text: '', context: {} });

  it('should use the table first, then the shared meanings', () => {
    expect(statusError(ERRORS, answer(403))).toMatchObject({ code: 'FORBIDDEN', details: { upstreamStatus: 403 } });
    expect(statusError(ERRORS, answer(413)).details).toEqual({ provider: 'TESTPROV', upstreamStatus: 413, field: 'input.data' });
    expect(statusError(ERRORS, answer(401))).toMatchObject({ code: 'UPSTREAM_ERROR', message: ERRORS.credentials });
    expect(statusError(ERRORS, answer(404))).toMatchObject({ code: 'UPSTREAM_ERROR', message: /HTTP 404 unexpectedly/ });
    expect(statusError(ERRORS, answer(502))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: /HTTP 502\); try again later/ });
    expect(statusError(ERRORS, answer(429), { 'retry-after': '2.5' }).details).toEqual({
      provider: 'TESTPROV',
      upstreamStatus: 429,
      retryAfter: 3,
    });
  });

  it('should map a status error raised by undici’s retry handler like the answer itself', () => {
    const limits = { connectMs: 3000, requestMs: 8000 };
    const retryError = (statusCode: number) =>
      Object.assign(new Error('Request failed'), { code: 'UND_ERR_REQ_RETRY', statusCode, headers: { 'retry-after': '4' } });
    expect(transportError(retryError(503), ERRORS, limits, false)).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      details: { upstreamStatus: 503 },
    });
    expect(transportError(retryError(429), ERRORS, limits, false)).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfter: 4 } });
    expect(transportError(retryError(200), ERRORS, limits, false)).toMatchObject({
      code: 'UPSTREAM_ERROR',
      message: /failed unexpectedly/,
    });
  });
});

describe('paging', () => {
  it('should check offset and count', () => {
    expect(() => checkPaging({ offset: 0, count: 1000 })).not.toThrow();
    expect(thrown(() => checkPaging({ offset: -1, count: 1 })).details.field).toBe('offset');
    expect(thrown(() => checkPaging({ offset: 0, count: 1001 })).details.field).toBe('count');
  });
});
