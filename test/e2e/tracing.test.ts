import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import { CreateSessionDocument, GenerateTokenDocument, StartArchiveDocument } from '../__generated__/graphql.js';
import { startTestGateway } from '../helpers/gateway.js';
import { gql, gqlOk } from '../helpers/graphql.js';

/** One span of an OTLP/JSON export, with the fields the test reads. */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: { stringValue?: string; intValue?: string | number; arrayValue?: unknown } }[];
}

/** An OTLP/HTTP receiver in process: keeps the raw body of every `POST /v1/traces`. */
async function otlpReceiver(): Promise<{ url: string; bodies: string[]; contentTypes: string[]; server: Server }> {
  const bodies: string[] = [];
  const contentTypes: string[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'POST' && req.url === '/v1/traces') {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      contentTypes.push(req.headers['content-type'] ?? '');
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, contentTypes, server };
}

function spansOf(bodies: string[]): OtlpSpan[] {
  return bodies.flatMap((body) => {
    const parsed = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
    return parsed.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
  });
}

function attributes(span: OtlpSpan): Record<string, unknown> {
  return Object.fromEntries(
    (span.attributes ?? []).map(({ key, value }) => [
      key,
      value.stringValue ?? (value.intValue === undefined ? value.arrayValue : Number(value.intValue)),
    ]),
  );
}

describe('OpenTelemetry tracing', () => {
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let gateway: Gateway;

  beforeAll(async () => {
    receiver = await otlpReceiver();
    gateway = await startTestGateway({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'gateway-under-test',
      EMULATOR_STRICT: 'false',
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it('should export a span per operation with its upstream calls as children, without variables, results or ids', async () => {
    const { createSession: session } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, {
      input: { sessionId: session.id, data: 'canary-token-data' },
    });
    const { startArchive: archive } = await gqlOk(gateway.url, StartArchiveDocument, {
      input: { sessionId: session.id, name: 'canary-archive-name' },
    });
    const refused = await gql(gateway.url, StartArchiveDocument, { input: { sessionId: session.id, name: 'x'.repeat(1000) } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Closing flushes the batch: everything is at the receiver once close resolves.
    await gateway.close();
    expect(receiver.contentTypes.every((type) => type.startsWith('application/json'))).toBe(true);
    const spans = spansOf(receiver.bodies);

    const operations = spans.filter((span) => span.name === 'mutation StartArchive');
    expect(operations).toHaveLength(2);
    const started = operations.find((span) => !attributes(span)['graphql.error.codes']);
    const invalid = operations.find((span) => attributes(span)['graphql.error.codes']);
    expect(attributes(started!)).toEqual({ 'graphql.operation.type': 'mutation', 'graphql.operation.name': 'StartArchive' });
    expect(attributes(invalid!)['graphql.error.codes']).toEqual({ values: [{ stringValue: 'BAD_USER_INPUT' }] });

    const upstream = spans.filter((span) => span.parentSpanId === started!.spanId);
    expect(upstream.map((span) => span.name)).toEqual(['OPENTOK startArchive']);
    expect(upstream[0]!.traceId).toBe(started!.traceId);
    expect(attributes(upstream[0]!)).toEqual({
      'video.provider': 'OPENTOK',
      'video.operation': 'startArchive',
      'http.request.method': 'POST',
      'http.response.status_code': 200,
    });
    // An input refused before any upstream call has no upstream child.
    expect(spans.filter((span) => span.parentSpanId === invalid!.spanId)).toEqual([]);
    // createSession went upstream under its own operation; generateToken minted locally.
    const create = spans.find((span) => span.name === 'mutation CreateSession')!;
    expect(spans.filter((span) => span.parentSpanId === create.spanId).map((span) => span.name)).toEqual(['OPENTOK createSession']);
    const token = spans.find((span) => span.name === 'mutation GenerateToken')!;
    expect(spans.filter((span) => span.parentSpanId === token.spanId)).toEqual([]);

    const exported = receiver.bodies.join('\n');
    expect(exported).toContain('gateway-under-test');
    for (const [what, value] of Object.entries({
      'session id': session.sessionId,
      'global session id': session.id,
      'archive id': archive.archiveId,
      token: generateToken.token,
      'token data (a variable)': 'canary-token-data',
      'archive name (a variable and a result)': 'canary-archive-name',
      'API secret': gateway.emulator!.opentok.apiSecret,
      'REST path': '/archive',
    })) {
      expect(exported.includes(value), `${what} exported`).toBe(false);
    }
  });
});
