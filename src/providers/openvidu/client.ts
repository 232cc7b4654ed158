/**
 * The OpenVidu 2 REST client (protocol notes 1 and 4): one method per endpoint the adapter uses,
 * speaking the wire format exactly — `Authorization: Basic base64("OPENVIDUAPP:" + secret)` sent
 * preemptively, `Accept: application/json`, JSON bodies with `Content-Type: application/json` and
 * no body (nor content type) on GET, DELETE and recording stop — and answering with the parsed
 * body. Error statuses become `GatewayError`s (./errors.ts); transport failures are mapped by
 * ../http.ts.
 */
import { GatewayError } from '../../errors.js';
import type { HttpClient, HttpMethod, HttpResponse } from '../http.js';
import { mapOpenViduError, type OpenViduErrorContext, type OpenViduOperation } from './errors.js';
import { contentOf, mediaModeOf, recordingItemsOf } from './mapping.js';

/** Options of {@link OpenViduRestClient}. */
export interface OpenViduRestClientOptions {
  /** Client for `<OPENVIDU_URL>/openvidu/api`. */
  http: HttpClient;
  /**
   * Client for recording start and stop, which block until media is written (several seconds for
   * COMPOSED recordings, openvidu#619): it has longer timeouts. @default http
   */
  recordingHttp?: HttpClient;
  secret: string;
}

const PROVIDER = 'OPENVIDU';

/** Typed calls to one OpenVidu deployment. */
export class OpenViduRestClient {
  readonly #http: HttpClient;
  readonly #recordingHttp: HttpClient;
  readonly #authorization: string;
  readonly #secret: string;

  constructor(options: OpenViduRestClientOptions) {
    this.#http = options.http;
    this.#recordingHttp = options.recordingHttp ?? options.http;
    this.#secret = options.secret;
    this.#authorization = `Basic ${Buffer.from(`OPENVIDUAPP:${options.secret}`, 'utf8').toString('base64')}`;
  }

  /** `POST /sessions`. Null when a session with the body's `customSessionId` already exists (409). */
  async createSession(body: Record<string, unknown>): Promise<unknown> {
    const response = await this.#send('createSession', 'POST', '/sessions', { body, allow: [409] });
    return response.status === 409 ? null : this.#parse('createSession', response);
  }

  /** `GET /sessions/{id}` (active connections, or pending ones too); null on 404. */
  async getSession(sessionId: string, pendingConnections = false): Promise<unknown> {
    const response = await this.#send('getSession', 'GET', `/sessions/${segment(sessionId)}`, {
      allow: [404],
      ...(pendingConnections ? { query: { pendingConnections: 'true' } } : {}),
    });
    return response.status === 404 ? null : this.#parse('getSession', response);
  }

  /** `GET /sessions`: every session OpenVidu holds, with their active connections. */
  async listSessions(): Promise<unknown[]> {
    const content = contentOf(await this.#json('listSessions', 'GET', '/sessions'));
    if (content === null) throw unexpected('listSessions', 200);
    return content;
  }

  /** `DELETE /sessions/{id}` (204). */
  async closeSession(sessionId: string): Promise<void> {
    await this.#send('closeSession', 'DELETE', `/sessions/${segment(sessionId)}`);
  }

  /** `POST /sessions/{id}/connection`: a pending Connection holding the token. */
  async createConnection(sessionId: string, body: Record<string, unknown>): Promise<unknown> {
    return this.#json('createConnection', 'POST', `/sessions/${segment(sessionId)}/connection`, body);
  }

  /** `GET /sessions/{sid}/connection/{cid}`; null when the session (400) or connection (404) is gone. */
  async getConnection(sessionId: string, connectionId: string): Promise<unknown> {
    const response = await this.#send('getConnection', 'GET', `/sessions/${segment(sessionId)}/connection/${segment(connectionId)}`, {
      allow: [400, 404],
    });
    return response.status >= 400 ? null : this.#parse('getConnection', response);
  }

  /** `GET /sessions/{id}/connection?pendingConnections=true`: the Connection objects. */
  async listConnections(sessionId: string): Promise<unknown[]> {
    const json = await this.#json('listConnections', 'GET', `/sessions/${segment(sessionId)}/connection`, undefined, {
      pendingConnections: 'true',
    });
    const content = contentOf(json);
    if (content === null) throw unexpected('listConnections', 200);
    return content;
  }

  /** `DELETE /sessions/{sid}/connection/{cid}` (204): disconnects an active client or voids a pending token. */
  async deleteConnection(sessionId: string, connectionId: string): Promise<void> {
    await this.#send('deleteConnection', 'DELETE', `/sessions/${segment(sessionId)}/connection/${segment(connectionId)}`);
  }

  /** `DELETE /sessions/{sid}/stream/{streamId}` (204). */
  async forceUnpublish(sessionId: string, streamId: string): Promise<void> {
    await this.#send('forceUnpublish', 'DELETE', `/sessions/${segment(sessionId)}/stream/${segment(streamId)}`);
  }

  /** `POST /signal` `{session, to?, type?, data}` (200). */
  async signal(body: Record<string, unknown>): Promise<void> {
    await this.#send('signal', 'POST', '/signal', { body, context: { targeted: Array.isArray(body.to) && body.to.length > 0 } });
  }

  /**
   * `POST /recordings/start`. OpenVidu answers 409 both for a RELAYED session and for one already
   * being recorded; on that error path only, the session is read to tell the two apart.
   */
  async startRecording(body: Record<string, unknown>): Promise<unknown> {
    const response = await this.#send('startRecording', 'POST', '/recordings/start', { body, allow: [409], recording: true });
    if (response.status !== 409) return this.#parse('startRecording', response);
    let sessionRelayed: boolean | undefined;
    try {
      const session = await this.getSession(String(body.session));
      const mode = session !== null && typeof session === 'object' ? (session as { mediaMode?: unknown }).mediaMode : undefined;
      sessionRelayed = mode === undefined ? undefined : mediaModeOf(mode) === 'RELAYED';
    } catch {
      // The refinement is best effort: the combined message still says both possibilities.
    }
    throw mapOpenViduError('startRecording', 409, response.text, response.headers, {
      secret: this.#secret,
      ...(sessionRelayed === undefined ? {} : { sessionRelayed }),
    });
  }

  /** `POST /recordings/stop/{id}` with no body. */
  async stopRecording(recordingId: string): Promise<unknown> {
    const response = await this.#send('stopRecording', 'POST', `/recordings/stop/${segment(recordingId)}`, { recording: true });
    return this.#parse('stopRecording', response);
  }

  /** `GET /recordings/{id}`; null on 404. */
  async getRecording(recordingId: string): Promise<unknown> {
    const response = await this.#send('getRecording', 'GET', `/recordings/${segment(recordingId)}`, { allow: [404] });
    return response.status === 404 ? null : this.#parse('getRecording', response);
  }

  /** `GET /recordings`: every recording on the deployment, any session, any status. */
  async listRecordings(): Promise<unknown[]> {
    const items = recordingItemsOf(await this.#json('listRecordings', 'GET', '/recordings'));
    if (items === null) throw unexpected('listRecordings', 200);
    return items;
  }

  /** `DELETE /recordings/{id}` (204). */
  async deleteRecording(recordingId: string): Promise<void> {
    await this.#send('deleteRecording', 'DELETE', `/recordings/${segment(recordingId)}`);
  }

  /** A call whose success body is JSON. */
  async #json(
    operation: OpenViduOperation,
    method: HttpMethod,
    path: string,
    body?: Record<string, unknown>,
    query?: Record<string, string>,
  ): Promise<unknown> {
    const response = await this.#send(operation, method, path, {
      ...(body === undefined ? {} : { body }),
      ...(query === undefined ? {} : { query }),
    });
    return this.#parse(operation, response);
  }

  /** A success body as JSON; an empty or non-JSON body is UPSTREAM_ERROR. */
  #parse(operation: OpenViduOperation, response: HttpResponse): unknown {
    if (response.text.trim() === '') throw unexpected(operation, response.status);
    try {
      return JSON.parse(response.text) as unknown;
    } catch {
      throw unexpected(operation, response.status);
    }
  }

  async #send(
    operation: OpenViduOperation,
    method: HttpMethod,
    path: string,
    options: {
      body?: Record<string, unknown>;
      query?: Record<string, string>;
      /** Error statuses the caller handles itself. */
      allow?: number[];
      context?: OpenViduErrorContext;
      /** Use the long-timeout client. */
      recording?: boolean;
    } = {},
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json', authorization: this.#authorization };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const http = options.recording === true ? this.#recordingHttp : this.#http;
    const response = await http.request({
      method,
      path,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.query === undefined ? {} : { query: options.query }),
    });
    if (options.allow?.includes(response.status)) return response;
    if (response.status >= 400) {
      throw mapOpenViduError(operation, response.status, response.text, response.headers, {
        ...options.context,
        secret: this.#secret,
      });
    }
    if (response.status >= 300) throw unexpected(operation, response.status);
    return response;
  }
}

/** A path segment: ids are validated before they get here, and encoded anyway. */
function segment(id: string): string {
  return encodeURIComponent(id);
}

function unexpected(operation: OpenViduOperation, status: number): GatewayError {
  return new GatewayError('UPSTREAM_ERROR', `OpenVidu sent an unexpected response to ${operation}`, {
    provider: PROVIDER,
    upstreamStatus: status,
  });
}
