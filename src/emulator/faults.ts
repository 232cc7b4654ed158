/**
 * Fault injection for the REST faces: the next matching requests get a chosen status and body,
 * after an optional delay, or have their socket destroyed. Gateway tests use it to check error
 * mapping, retries and timeouts against real HTTP. Control API requests are never faulted.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** Body of `POST /emulator/faults`. */
export const faultSpecSchema = z.object({
  method: z
    .string()
    .regex(/^[A-Za-z]+$/, 'must be an HTTP method')
    .transform((m) => m.toUpperCase())
    .optional(),
  /** A regular expression source, tested against the request path (without the query). */
  path: z.string().min(1),
  status: z.number().int().min(100).max(599).optional(),
  body: z.unknown().optional(),
  delayMs: z.number().int().min(0).max(600_000).optional(),
  times: z.number().int().min(1).default(1),
  drop: z.boolean().optional(),
});

/** A fault as posted. */
export type FaultSpec = z.infer<typeof faultSpecSchema>;

/** A registered fault and how many more requests it will hit. */
export interface Fault {
  readonly id: string;
  readonly method: string | undefined;
  readonly path: RegExp;
  readonly status: number | undefined;
  readonly body: unknown;
  readonly delayMs: number;
  readonly drop: boolean;
  /**
   * Whether the fault answers by itself. A fault with only `delayMs` delays the request and then
   * lets it through, which is what timeout tests want; anything else answers (503 by default).
   */
  readonly answers: boolean;
  remaining: number;
}

/** Default status of an answering fault. */
export const DEFAULT_FAULT_STATUS = 503;

/** The registered faults, consumed in order of registration. */
export class FaultInjector {
  private faults: Fault[] = [];

  /** Registers a fault; throws a `SyntaxError` when `path` is not a valid regular expression. */
  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      id: randomUUID(),
      method: spec.method,
      path: new RegExp(spec.path),
      status: spec.status,
      body: spec.body,
      delayMs: spec.delayMs ?? 0,
      drop: spec.drop ?? false,
      answers: spec.status !== undefined || spec.body !== undefined || (spec.delayMs === undefined && !spec.drop),
      remaining: spec.times,
    };
    this.faults.push(fault);
    return fault;
  }

  /** Removes every fault. */
  clear(): void {
    this.faults = [];
  }

  /** Finds the first fault matching the request and consumes one use of it. */
  take(method: string, pathname: string): Fault | undefined {
    const fault = this.faults.find((f) => (f.method === undefined || f.method === method) && f.path.test(pathname));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  /** The pending faults, for the state endpoint. */
  list(): Array<Record<string, unknown>> {
    return this.faults.map((f) => ({
      id: f.id,
      method: f.method ?? null,
      path: f.path.source,
      status: f.answers ? (f.status ?? DEFAULT_FAULT_STATUS) : null,
      delayMs: f.delayMs,
      drop: f.drop,
      remaining: f.remaining,
    }));
  }
}
