/**
 * The one way an adapter calls its provider's REST API: {@link RestClient.send} builds the request
 * (auth headers, `Accept: application/json`, a JSON or form body), sends it through an
 * {@link HttpClient} and turns error statuses into `GatewayError`s with the provider's
 * {@link StatusTable} over the shared meanings (./errors.ts). A provider declares only its status
 * table, its auth header and, in its adapter, its base URL.
 */
import type { GatewayError } from '../../errors.js';
import { statusError, unexpected, type ProviderErrors } from './errors.js';
import type { HttpClient, HttpMethod, HttpResponse } from './http.js';

/** Options of {@link RestClient}. */
interface RestClientOptions<Operation extends string, Context extends object> {
  errors: ProviderErrors<Operation, Context>;
  http: HttpClient;
  /** The credential headers of one request (called per request, so they may rotate; signing may be async). */
  auth(): Record<string, string> | Promise<Record<string, string>>;
  /** Facts every error mapping gets (a secret to withhold, say); a call's own context adds to them. */
  context: Context;
  /**
   * What an empty success body reads as: `null` for a provider whose callers check the shape
   * anyway, else UPSTREAM_ERROR. @default 'unexpected'
   */
  emptyBody?: 'null' | 'unexpected';
}

/** One REST call. */
interface RestCall<Operation extends string, Context extends object> {
  /** Names the call in error messages and selects the status meanings. */
  operation: Operation;
  method: HttpMethod;
  /** Below the base URL; encode dynamic segments. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** A JSON body, sent with `Content-Type: application/json`. */
  json?: unknown;
  /** A form body, sent with `Content-Type: application/x-www-form-urlencoded`. */
  form?: URLSearchParams;
  /** Error statuses the caller reads itself: {@link RestClient.send} returns them, {@link RestClient.json} answers null. */
  allow?: readonly number[];
  /** Facts that refine this call's error mapping. */
  context?: Partial<Context>;
  /** Another pool of the same provider (say, one with longer timeouts). @default the client's */
  http?: HttpClient;
}

/** Typed REST calls to one provider. */
export class RestClient<Operation extends string, Context extends object> {
  readonly #options: RestClientOptions<Operation, Context>;

  constructor(options: RestClientOptions<Operation, Context>) {
    this.#options = options;
  }

  /**
   * Sends a call and reads the whole response. A status >= 400 that the call does not `allow`
   * throws its mapped error; a 3xx throws UPSTREAM_ERROR (redirects are not followed).
   */
  async send(call: RestCall<Operation, Context>): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...(await this.#options.auth()) };
    let body: string | undefined;
    if (call.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(call.json);
    } else if (call.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = call.form.toString();
    }
    const response = await (call.http ?? this.#options.http).request({
      method: call.method,
      operation: call.operation,
      path: call.path,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(call.query === undefined ? {} : { query: call.query }),
    });
    if (call.allow?.includes(response.status)) return response;
    if (response.status >= 400) throw this.error(call.operation, response, call.context);
    if (response.status >= 300) throw this.unexpected(call.operation, response.status);
    return response;
  }

  /** Sends a call whose success body is JSON; null for a status the call allows. */
  async json(call: RestCall<Operation, Context>): Promise<unknown> {
    const response = await this.send(call);
    return call.allow?.includes(response.status) ? null : this.parse(call.operation, response);
  }

  /** A success body as JSON; a body that is not JSON is UPSTREAM_ERROR (an empty one too, unless `emptyBody: 'null'`). */
  parse(operation: Operation, response: HttpResponse): unknown {
    if (response.text.trim() === '') {
      if (this.#options.emptyBody === 'null') return null;
      throw this.unexpected(operation, response.status);
    }
    try {
      return JSON.parse(response.text) as unknown;
    } catch {
      throw this.unexpected(operation, response.status);
    }
  }

  /** The mapped error of an error answer, with the client's context and `context` on top. */
  error(operation: Operation, response: HttpResponse, context: Partial<Context> = {}): GatewayError {
    return statusError(
      this.#options.errors,
      { operation, status: response.status, text: response.text, context: { ...this.#options.context, ...context } },
      response.headers,
    );
  }

  /** The UPSTREAM_ERROR of an answer of the wrong shape. */
  unexpected(operation: Operation, status: number): GatewayError {
    return unexpected(this.#options.errors, operation, status);
  }
}
