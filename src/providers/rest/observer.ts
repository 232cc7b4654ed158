/**
 * The hook through which the edge watches every upstream call (docs/operations.md#metrics,
 * docs/operations.md#tracing) without the REST kit knowing Prometheus, OpenTelemetry or where a
 * request id comes from: the kit says what it calls and how it ended; the observer times it,
 * traces it and may add headers to it.
 */

/** What an upstream call is, in words safe for a metric label or a span attribute. */
export interface UpstreamCall {
  /** Provider code, e.g. `OPENTOK`. */
  provider: string;
  /** The fixed name of the call, e.g. `startArchive`: never a URL or an id. */
  operation: string;
  method: string;
}

/** One upstream call being watched. */
export interface UpstreamObservation {
  /** Headers to send with the call (a request id); the call's own headers win over them. */
  headers: Record<string, string>;
  /**
   * The call is over: `status` is the HTTP status (`"201"`), or the error code of a call that got
   * no answer (`"UPSTREAM_TIMEOUT"`). Called once.
   */
  end(status: string): void;
}

/** Watches upstream calls; one per gateway. */
export interface UpstreamObserver {
  start(call: UpstreamCall): UpstreamObservation;
}
