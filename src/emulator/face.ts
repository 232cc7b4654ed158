/**
 * What the shared parts of the emulator (the HTTP server, the control API) know of a platform it
 * emulates: a face. The server gives each request to a mount by its path prefix (see
 * {@link Mount.prefix}); the control API asks every face whether a client token or a connection
 * id is its own. Adding a face is a folder implementing {@link Face} plus one line in the list of
 * faces in `createEmulator`; nothing shared names a face.
 */
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../logger.js';
import type { Reply, Route, RouteMatch } from './http.js';
import type { Timers } from './clock.js';

/** A part of the URL space with its own routes and its own rules for auth, misses and errors. */
export interface Mount {
  /**
   * The path prefix served, without a trailing slash: `''` for the root, `/openvidu`, `/emulator`.
   * A request goes to the mount with the longest prefix that the path equals or continues with
   * `/`, among those that {@link Mount.claims} it.
   */
  readonly prefix: string;
  /**
   * Whether this mount takes a request under its prefix, when it shares the prefix with another
   * (e.g. paths `/v2/project/{id}/...` that name its own project, or its kind of credentials).
   * Absent: it takes them all, after the mounts that choose at the same prefix.
   */
  claims?(req: IncomingMessage, pathname: string): boolean;
  /** The routes, with their full paths. */
  readonly routes: readonly Route[];
  /** Whether `POST /emulator/faults` may hit these paths (never the control API itself). */
  readonly faultable: boolean;
  /**
   * Checks the credentials of a request before its route runs, also when no route matched (a
   * server that authenticates before dispatch answers 401 there). Throws to refuse.
   */
  authorize(req: IncomingMessage, match: RouteMatch): void | Promise<void>;
  /** The error for a request no route serves; `allowed` lists the methods the path has. */
  unmatched(method: string, pathname: string, allowed: readonly string[]): Error;
  /** Renders any error raised while serving a path of this mount, expected or not. */
  errorReply(error: unknown, pathname: string): Reply;
}

/** What a simulated client shows of itself when it connects through the control API. */
export interface ClientInfo {
  /** Free data the control API caller attached. */
  clientData: string | null;
  /** The address the client connects from. */
  ip: string;
}

/** A simulated client once connected. */
export interface ConnectedClient {
  connectionId: string;
  sessionId: string;
}

/**
 * One emulated platform: its REST API under a mount, the simulated clients the control API
 * drives, its part of the state, and its own control routes and settings.
 */
export interface Face extends Mount {
  /** Whether a client token is in this face's format (the face may still refuse it). */
  ownsClientToken(token: string): boolean;
  /** Connects a simulated client with a token of this face; throws an `HttpError` to refuse it. */
  connectClient(token: string, client: ClientInfo): Promise<ConnectedClient>;
  /** Whether this face holds a connected simulated client with this id. */
  ownsClient(connectionId: string): boolean;
  /** The client publishes a stream; `body` is the control API request body. */
  publish(connectionId: string, body: Buffer): { streamId: string };
  /** The client stops publishing a stream; throws a 404 `HttpError` for a stream it does not publish. */
  unpublish(connectionId: string, streamId: string): void;
  /** The client leaves. */
  leave(connectionId: string): void;
  /** Routes this face adds to the control API under `/emulator`. */
  controlRoutes(): Route[];
  /** This face's part of `GET /emulator/state`, merged at the top level (never a secret). */
  state(): Record<string, unknown>;
  /**
   * Applies the keys of an `Emulator.configure()` patch that this face owns and ignores the
   * others; throws a `TypeError` for a bad value.
   */
  configure(patch: object): void;
  /** Cancels this face's timers and deliveries. */
  close(): Promise<void>;
}

/** What the emulator gives each face it builds. */
export interface FaceContext {
  /** Every timer of the emulator, closed with it. */
  readonly timers: Timers;
  readonly logger: Logger;
  /** The emulator's own URL, known once it listens. */
  baseUrl(): string;
  /** `stopped` -> `available`/`ready` delay of recordings (`archiveReadyDelayMs`). */
  readyDelayMs(): number;
}
