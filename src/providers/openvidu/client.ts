/**
 * The OpenVidu 2 REST client (docs/providers/openvidu.md#endpoints-the-adapter-calls): one method per endpoint the
 * adapter uses, speaking the wire format exactly — `Authorization: Basic base64("OPENVIDUAPP:" +
 * secret)` sent preemptively, `Accept: application/json`, JSON bodies with `Content-Type:
 * application/json` and no body (nor content type) on GET, DELETE and recording stop — and
 * answering with the parsed body. Sending and error mapping are the REST kit's
 * (../rest/client.ts) with OpenVidu's status table (./errors.ts).
 */
import type { HttpClient } from '../rest/http.js';
import { RestClient } from '../rest/client.js';
import { pathSegment } from '../rest/path.js';
import { OPENVIDU_ERRORS, type OpenViduErrorContext, type OpenViduOperation } from './errors.js';
import { contentOf, mediaModeOf, recordingItemsOf } from './mapping.js';

/** Typed calls to one OpenVidu deployment. */
export class OpenViduRestClient {
  readonly #rest: RestClient<OpenViduOperation, OpenViduErrorContext>;
  readonly #recordingStartHttp: HttpClient;
  readonly #recordingStopHttp: HttpClient;

  constructor(options: {
    /** Client for `<OPENVIDU_URL>/openvidu/api`. */
    http: HttpClient;
    /**
     * Clients for recording start and for recording stop, which block until media is written
     * (several seconds for COMPOSED recordings, openvidu#619): longer timeouts, and one pool each
     * so that stalled starts cannot hold up a stop.
     */
    recordingStartHttp: HttpClient;
    recordingStopHttp: HttpClient;
    secret: string;
  }) {
    const authorization = `Basic ${Buffer.from(`OPENVIDUAPP:${options.secret}`, 'utf8').toString('base64')}`;
    this.#rest = new RestClient<OpenViduOperation, OpenViduErrorContext>({
      errors: OPENVIDU_ERRORS,
      http: options.http,
      auth: () => ({ authorization }),
      // An upstream message quoting the secret is never shown.
      context: { secret: options.secret },
    });
    this.#recordingStartHttp = options.recordingStartHttp;
    this.#recordingStopHttp = options.recordingStopHttp;
  }

  /** `POST /sessions`. Null when a session with the body's `customSessionId` already exists (409). */
  async createSession(body: Record<string, unknown>): Promise<unknown> {
    return this.#rest.json({ operation: 'createSession', method: 'POST', path: '/sessions', json: body, allow: [409] });
  }

  /** `GET /sessions/{id}` (active connections, or pending ones too); null on 404. */
  async getSession(sessionId: string, pendingConnections = false): Promise<unknown> {
    return this.#rest.json({
      operation: 'getSession',
      method: 'GET',
      path: `/sessions/${pathSegment(sessionId, 'sessionId')}`,
      allow: [404],
      ...(pendingConnections ? { query: { pendingConnections: 'true' } } : {}),
    });
  }

  /** `GET /sessions`: every session OpenVidu holds, with their active connections. */
  async listSessions(): Promise<unknown[]> {
    const content = contentOf(await this.#rest.json({ operation: 'listSessions', method: 'GET', path: '/sessions' }));
    if (content === null) throw this.#rest.unexpected('listSessions', 200);
    return content;
  }

  /** `DELETE /sessions/{id}` (204). */
  async closeSession(sessionId: string): Promise<void> {
    await this.#rest.send({ operation: 'closeSession', method: 'DELETE', path: `/sessions/${pathSegment(sessionId, 'sessionId')}` });
  }

  /** `POST /sessions/{id}/connection`: a pending Connection holding the token. */
  async createConnection(sessionId: string, body: Record<string, unknown>): Promise<unknown> {
    return this.#rest.json({
      operation: 'createConnection',
      method: 'POST',
      path: `/sessions/${pathSegment(sessionId, 'sessionId')}/connection`,
      json: body,
    });
  }

  /** `GET /sessions/{sid}/connection/{cid}`; null when the session (400) or connection (404) is gone. */
  async getConnection(sessionId: string, connectionId: string): Promise<unknown> {
    return this.#rest.json({
      operation: 'getConnection',
      method: 'GET',
      path: `/sessions/${pathSegment(sessionId, 'sessionId')}/connection/${pathSegment(connectionId, 'connectionId')}`,
      allow: [400, 404],
    });
  }

  /** `GET /sessions/{id}/connection?pendingConnections=true`: the Connection objects. */
  async listConnections(sessionId: string): Promise<unknown[]> {
    const json = await this.#rest.json({
      operation: 'listConnections',
      method: 'GET',
      path: `/sessions/${pathSegment(sessionId, 'sessionId')}/connection`,
      query: { pendingConnections: 'true' },
    });
    const content = contentOf(json);
    if (content === null) throw this.#rest.unexpected('listConnections', 200);
    return content;
  }

  /** `DELETE /sessions/{sid}/connection/{cid}` (204): disconnects an active client or voids a pending token. */
  async deleteConnection(sessionId: string, connectionId: string): Promise<void> {
    await this.#rest.send({
      operation: 'deleteConnection',
      method: 'DELETE',
      path: `/sessions/${pathSegment(sessionId, 'sessionId')}/connection/${pathSegment(connectionId, 'connectionId')}`,
    });
  }

  /** `DELETE /sessions/{sid}/stream/{streamId}` (204). */
  async forceUnpublish(sessionId: string, streamId: string): Promise<void> {
    await this.#rest.send({
      operation: 'forceUnpublish',
      method: 'DELETE',
      path: `/sessions/${pathSegment(sessionId, 'sessionId')}/stream/${pathSegment(streamId, 'streamId')}`,
    });
  }

  /** `POST /signal` `{session, to?, type?, data}` (200). */
  async signal(body: Record<string, unknown>): Promise<void> {
    const targeted = Array.isArray(body.to) && body.to.length > 0;
    await this.#rest.send({ operation: 'signal', method: 'POST', path: '/signal', json: body, context: { targeted } });
  }

  /**
   * `POST /recordings/start`. OpenVidu answers 409 both for a RELAYED session and for one already
   * being recorded; on that error path only, the session is read to tell the two apart.
   */
  async startRecording(body: Record<string, unknown>): Promise<unknown> {
    const response = await this.#rest.send({
      operation: 'startRecording',
      method: 'POST',
      path: '/recordings/start',
      json: body,
      allow: [409],
      http: this.#recordingStartHttp,
    });
    if (response.status !== 409) return this.#rest.parse('startRecording', response);
    let sessionRelayed: boolean | undefined;
    try {
      const session = await this.getSession(String(body.session));
      const mode = session !== null && typeof session === 'object' ? (session as { mediaMode?: unknown }).mediaMode : undefined;
      sessionRelayed = mode === undefined ? undefined : mediaModeOf(mode) === 'RELAYED';
    } catch {
      // The refinement is best effort: the combined message still says both possibilities.
    }
    throw this.#rest.error('startRecording', response, sessionRelayed === undefined ? {} : { sessionRelayed });
  }

  /** `POST /recordings/stop/{id}` with no body. */
  async stopRecording(recordingId: string): Promise<unknown> {
    return this.#rest.json({
      operation: 'stopRecording',
      method: 'POST',
      path: `/recordings/stop/${pathSegment(recordingId, 'archiveId')}`,
      http: this.#recordingStopHttp,
    });
  }

  /** `GET /recordings/{id}`; null on 404. */
  async getRecording(recordingId: string): Promise<unknown> {
    return this.#rest.json({
      operation: 'getRecording',
      method: 'GET',
      path: `/recordings/${pathSegment(recordingId, 'archiveId')}`,
      allow: [404],
    });
  }

  /** `GET /recordings`: every recording on the deployment, any session, any status. */
  async listRecordings(): Promise<unknown[]> {
    const items = recordingItemsOf(await this.#rest.json({ operation: 'listRecordings', method: 'GET', path: '/recordings' }));
    if (items === null) throw this.#rest.unexpected('listRecordings', 200);
    return items;
  }

  /** `DELETE /recordings/{id}` (204). */
  async deleteRecording(recordingId: string): Promise<void> {
    await this.#rest.send({ operation: 'deleteRecording', method: 'DELETE', path: `/recordings/${pathSegment(recordingId, 'archiveId')}` });
  }
}
