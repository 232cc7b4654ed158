/**
 * The OpenTok REST client (docs/providers/opentok.md#endpoints-the-adapter-calls): one method per endpoint the
 * adapter uses, speaking the wire format exactly — `X-OPENTOK-AUTH`, `Accept: application/json`, a
 * form body for `/session/create` and JSON elsewhere — and answering with the parsed body. Sending
 * and error mapping are the REST kit's (../rest/client.ts) with OpenTok's status table
 * (./errors.ts).
 */
import type { GatewayError } from '../../errors.js';
import type { HttpClient, HttpMethod } from '../rest/http.js';
import { RestClient } from '../rest/client.js';
import type { ProviderErrors } from '../rest/errors.js';
import { pathSegment } from '../rest/path.js';
import type { OpenTokOperation } from './errors.js';

/** `POST /v2/project/{key}/dial` answer. */
interface DialDto {
  id?: unknown;
  connectionId?: unknown;
  streamId?: unknown;
  [other: string]: unknown;
}

/** A `{count, items}` list answer, `count` being the total at the provider. */
interface ListDto {
  count: number;
  items: unknown[];
}

/** The SIP part of a dial body. */
export interface DialSipBody {
  uri: string;
  from?: string;
  headers?: Record<string, string>;
  auth?: { username: string; password: string };
  secure?: boolean;
  video?: boolean;
  observeForceMute?: boolean;
  streams?: string[];
}

/** A call below the project path, for the operations of ./session-ops.ts. */
export interface ProjectCall {
  operation: OpenTokOperation;
  method: HttpMethod;
  /** Below `/v2/project/{key}`, segments encoded. */
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  /** Error statuses the caller reads itself ({@link OpenTokRestClient.projectJson} answers null). */
  allow?: readonly number[];
}

/**
 * What tells one deployment of the OpenTok REST surface from another: an OpenTok project
 * (./rest-auth.ts) or a Vonage Video application (../vonage/rest-auth.ts). The endpoints and
 * bodies are the same; the project id in the paths, the credential headers and the provider named
 * in errors differ (docs/providers/vonage.md#differences-from-opentok).
 */
export interface OpenTokTransport {
  /** The `{id}` of `/v2/project/{id}`: the OpenTok API key, or the Vonage application id. */
  readonly projectId: string;
  /** The credential headers of one request (called per request). */
  auth(): Record<string, string> | Promise<Record<string, string>>;
  /** The status meanings, naming the provider that answered. */
  readonly errors: ProviderErrors<OpenTokOperation, object>;
}

/** Typed calls to one OpenTok project or Vonage application. */
export class OpenTokRestClient {
  readonly #rest: RestClient<OpenTokOperation, object>;
  readonly #project: string;

  constructor(options: { http: HttpClient; transport: OpenTokTransport }) {
    const { transport } = options;
    // An empty success body reads as null: every caller checks the shape of what it gets.
    this.#rest = new RestClient({
      errors: transport.errors,
      http: options.http,
      auth: () => transport.auth(),
      context: {},
      emptyBody: 'null',
    });
    this.#project = `/v2/project/${encodeURIComponent(transport.projectId)}`;
  }

  /** `POST /session/create` with a form body (field order is the caller's). Returns the session id. */
  async createSession(form: ReadonlyArray<readonly [string, string]>): Promise<string> {
    // URLSearchParams, like opentok-node: spaces become `+`, `p2p.preference` keeps its dot.
    const response = await this.#rest.send({
      operation: 'createSession',
      method: 'POST',
      path: '/session/create',
      form: new URLSearchParams(form.map(([k, v]) => [k, v])),
    });
    const sessionId = sessionIdOf(response.text);
    if (sessionId === null) throw this.#rest.unexpected('createSession', response.status);
    return sessionId;
  }

  /** `POST P/archive`. */
  async startArchive(body: Record<string, unknown>): Promise<unknown> {
    return this.#rest.json({ operation: 'startArchive', method: 'POST', path: `${this.#project}/archive`, json: body });
  }

  /** `POST P/archive/{id}/stop` with `{}` like opentok-node. */
  async stopArchive(archiveId: string): Promise<unknown> {
    return this.#rest.json({ operation: 'stopArchive', method: 'POST', path: `${this.#archive(archiveId)}/stop`, json: {} });
  }

  /** `GET P/archive/{id}`; null on 404. */
  async getArchive(archiveId: string): Promise<unknown> {
    return this.#rest.json({ operation: 'getArchive', method: 'GET', path: this.#archive(archiveId), allow: [404] });
  }

  /** `GET P/archive?offset=&count=&sessionId=`. */
  async listArchives(query: { offset: number; count: number; sessionId?: string }): Promise<ListDto> {
    const json = await this.#rest.json({
      operation: 'listArchives',
      method: 'GET',
      path: `${this.#project}/archive`,
      query: { offset: query.offset, count: query.count, sessionId: query.sessionId },
    });
    return this.#listOf('listArchives', json);
  }

  /** `DELETE P/archive/{id}` (204). */
  async deleteArchive(archiveId: string): Promise<void> {
    await this.#rest.send({ operation: 'deleteArchive', method: 'DELETE', path: this.#archive(archiveId) });
  }

  /** `POST P/dial`. */
  async dial(body: { sessionId: string; token: string; sip: DialSipBody }): Promise<DialDto> {
    const json = await this.#rest.json({ operation: 'dial', method: 'POST', path: `${this.#project}/dial`, json: body });
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw this.#rest.unexpected('dial', 200);
    return json as DialDto;
  }

  /** `DELETE P/session/{sid}/connection/{cid}` (204). */
  async forceDisconnect(sessionId: string, connectionId: string): Promise<void> {
    await this.#rest.send({
      operation: 'forceDisconnect',
      method: 'DELETE',
      path: `${this.#session(sessionId)}/connection/${pathSegment(connectionId, 'connectionId')}`,
    });
  }

  /** `POST P/session/{sid}[/connection/{cid}]/signal` with `{type?, data}` (204). */
  async signal(sessionId: string, connectionId: string | undefined, body: { type?: string; data: string }): Promise<void> {
    const target = connectionId === undefined ? '' : `/connection/${pathSegment(connectionId, 'connectionId')}`;
    await this.#rest.send({ operation: 'signal', method: 'POST', path: `${this.#session(sessionId)}${target}/signal`, json: body });
  }

  /** `GET P/session/{sid}/stream`. */
  async listStreams(sessionId: string): Promise<ListDto> {
    const json = await this.#rest.json({ operation: 'listStreams', method: 'GET', path: `${this.#session(sessionId)}/stream` });
    return this.#listOf('listStreams', json);
  }

  /** A call below the project path (`P` + `call.path`) whose JSON answer the caller reads; null when empty. */
  async projectJson(call: ProjectCall): Promise<unknown> {
    return this.#rest.json({ ...call, path: `${this.#project}${call.path}` });
  }

  /** A call below the project path whose answer body means nothing (DTMF answers an empty `application/xml`). */
  async projectSend(call: ProjectCall): Promise<void> {
    await this.#rest.send({ ...call, path: `${this.#project}${call.path}` });
  }

  /** A `{count, items}` list below the project path. */
  async projectList(call: ProjectCall): Promise<ListDto> {
    return this.#listOf(call.operation, await this.projectJson(call));
  }

  /** The UPSTREAM_ERROR of a success answer of the wrong shape. */
  unexpected(operation: OpenTokOperation): GatewayError {
    return this.#rest.unexpected(operation, 200);
  }

  #archive(archiveId: string): string {
    return `${this.#project}/archive/${pathSegment(archiveId, 'archiveId')}`;
  }

  #session(sessionId: string): string {
    return `${this.#project}/session/${pathSegment(sessionId, 'sessionId')}`;
  }

  #listOf(operation: OpenTokOperation, json: unknown): ListDto {
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw this.#rest.unexpected(operation, 200);
    const { count, items } = json as { count?: unknown; items?: unknown };
    if (!Array.isArray(items)) throw this.#rest.unexpected(operation, 200);
    const total = typeof count === 'number' ? count : typeof count === 'string' ? Number(count) : NaN;
    return { count: Number.isFinite(total) && total >= items.length ? total : items.length, items };
  }
}

/**
 * The session id of a `/session/create` answer: the JSON array `[{session_id}]` we ask for, a bare
 * object, or the XML the endpoint serves when content negotiation goes the other way.
 */
function sessionIdOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as unknown;
      const first = (Array.isArray(json) ? json[0] : json) as { session_id?: unknown; sessionId?: unknown } | undefined;
      const id = first?.session_id ?? first?.sessionId;
      return typeof id === 'string' && id !== '' ? id : null;
    } catch {
      return null;
    }
  }
  const xml = /<session_id>\s*([^<\s]+)\s*<\/session_id>/.exec(trimmed);
  return xml?.[1] ?? null;
}
