/**
 * The OpenTok REST client (protocol notes 2): one method per endpoint the adapter uses, speaking
 * the wire format exactly — `X-OPENTOK-AUTH`, `Accept: application/json`, a form body for
 * `/session/create` and JSON elsewhere — and answering with the parsed body. Error statuses become
 * `GatewayError`s (./errors.ts); transport failures are mapped by ../http.ts.
 */
import { GatewayError } from '../../errors.js';
import type { HttpClient, HttpMethod, HttpResponse } from '../http.js';
import { mapOpenTokError, type OpenTokOperation } from './errors.js';
import type { RestAuth } from './rest-auth.js';

/** `POST /v2/project/{key}/dial` answer. */
export interface DialDto {
  id?: unknown;
  connectionId?: unknown;
  streamId?: unknown;
  [other: string]: unknown;
}

/** A `{count, items}` list answer, `count` being the total at the provider. */
export interface ListDto {
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
}

/** Options of {@link OpenTokRestClient}. */
export interface OpenTokRestClientOptions {
  apiKey: string;
  http: HttpClient;
  auth: RestAuth;
}

const PROVIDER = 'OPENTOK';

/** Typed calls to one OpenTok project. */
export class OpenTokRestClient {
  readonly #http: HttpClient;
  readonly #auth: RestAuth;
  readonly #project: string;

  constructor(options: OpenTokRestClientOptions) {
    this.#http = options.http;
    this.#auth = options.auth;
    this.#project = `/v2/project/${encodeURIComponent(options.apiKey)}`;
  }

  /** `POST /session/create` with a form body (field order is the caller's). Returns the session id. */
  async createSession(form: ReadonlyArray<readonly [string, string]>): Promise<string> {
    // URLSearchParams, like opentok-node: spaces become `+`, `p2p.preference` keeps its dot.
    const body = new URLSearchParams(form.map(([k, v]) => [k, v])).toString();
    const response = await this.#send('createSession', 'POST', '/session/create', {
      body,
      contentType: 'application/x-www-form-urlencoded',
    });
    const sessionId = sessionIdOf(response.text);
    if (sessionId === null) throw unexpected('createSession', response.status);
    return sessionId;
  }

  /** `POST P/archive`. */
  async startArchive(body: Record<string, unknown>): Promise<unknown> {
    return this.#json('startArchive', 'POST', `${this.#project}/archive`, body);
  }

  /** `POST P/archive/{id}/stop` with `{}` like opentok-node. */
  async stopArchive(archiveId: string): Promise<unknown> {
    return this.#json('stopArchive', 'POST', `${this.#project}/archive/${encodeURIComponent(archiveId)}/stop`, {});
  }

  /** `GET P/archive/{id}`; null on 404. */
  async getArchive(archiveId: string): Promise<unknown> {
    try {
      return await this.#json('getArchive', 'GET', `${this.#project}/archive/${encodeURIComponent(archiveId)}`);
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** `GET P/archive?offset=&count=&sessionId=`. */
  async listArchives(query: { offset: number; count: number; sessionId?: string }): Promise<ListDto> {
    const json = await this.#json('listArchives', 'GET', `${this.#project}/archive`, undefined, {
      offset: query.offset,
      count: query.count,
      sessionId: query.sessionId,
    });
    return listOf('listArchives', json);
  }

  /** `DELETE P/archive/{id}` (204). */
  async deleteArchive(archiveId: string): Promise<void> {
    await this.#send('deleteArchive', 'DELETE', `${this.#project}/archive/${encodeURIComponent(archiveId)}`);
  }

  /** `POST P/dial`. */
  async dial(body: { sessionId: string; token: string; sip: DialSipBody }): Promise<DialDto> {
    const json = await this.#json('dial', 'POST', `${this.#project}/dial`, body);
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw unexpected('dial', 200);
    return json as DialDto;
  }

  /** `DELETE P/session/{sid}/connection/{cid}` (204). */
  async forceDisconnect(sessionId: string, connectionId: string): Promise<void> {
    await this.#send(
      'forceDisconnect',
      'DELETE',
      `${this.#project}/session/${encodeURIComponent(sessionId)}/connection/${encodeURIComponent(connectionId)}`,
    );
  }

  /** `POST P/session/{sid}[/connection/{cid}]/signal` with `{type?, data}` (204). */
  async signal(sessionId: string, connectionId: string | undefined, body: { type?: string; data: string }): Promise<void> {
    const target = connectionId === undefined ? '' : `/connection/${encodeURIComponent(connectionId)}`;
    await this.#send('signal', 'POST', `${this.#project}/session/${encodeURIComponent(sessionId)}${target}/signal`, {
      body: JSON.stringify(body),
      contentType: 'application/json',
    });
  }

  /** `GET P/session/{sid}/stream`. */
  async listStreams(sessionId: string): Promise<ListDto> {
    const json = await this.#json('listStreams', 'GET', `${this.#project}/session/${encodeURIComponent(sessionId)}/stream`);
    return listOf('listStreams', json);
  }

  /** A call whose success body is JSON (`null` when empty). */
  async #json(
    operation: OpenTokOperation,
    method: HttpMethod,
    path: string,
    body?: unknown,
    query?: Record<string, string | number | undefined>,
  ): Promise<unknown> {
    const response = await this.#send(operation, method, path, {
      ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' }),
      ...(query === undefined ? {} : { query }),
    });
    if (response.text.trim() === '') return null;
    try {
      return JSON.parse(response.text) as unknown;
    } catch {
      throw unexpected(operation, response.status);
    }
  }

  async #send(
    operation: OpenTokOperation,
    method: HttpMethod,
    path: string,
    options: { body?: string; contentType?: string; query?: Record<string, string | number | undefined> } = {},
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-opentok-auth': this.#auth.token(),
    };
    if (options.contentType !== undefined) headers['content-type'] = options.contentType;
    const response = await this.#http.request({
      method,
      path,
      headers,
      ...(options.body === undefined ? {} : { body: options.body }),
      ...(options.query === undefined ? {} : { query: options.query }),
    });
    if (response.status >= 400) throw mapOpenTokError(operation, response.status, response.text, response.headers);
    if (response.status >= 300) throw unexpected(operation, response.status);
    return response;
  }
}

function unexpected(operation: OpenTokOperation, status: number): GatewayError {
  return new GatewayError('UPSTREAM_ERROR', `OpenTok sent an unexpected response to ${operation}`, {
    provider: PROVIDER,
    upstreamStatus: status,
  });
}

function listOf(operation: OpenTokOperation, json: unknown): ListDto {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw unexpected(operation, 200);
  const { count, items } = json as { count?: unknown; items?: unknown };
  if (!Array.isArray(items)) throw unexpected(operation, 200);
  const total = typeof count === 'number' ? count : typeof count === 'string' ? Number(count) : NaN;
  return { count: Number.isFinite(total) && total >= items.length ? total : items.length, items };
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
