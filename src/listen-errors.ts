/** Where one server of the process was told to listen, and the variables that told it. */
export interface ListenTarget {
  /** The variable that sets the port, e.g. `PORT`. */
  portVariable: string;
  port: number;
  /** The variable that sets the interface, or null where the interface is fixed. */
  hostVariable: string | null;
  host: string;
  /** What probably holds the port when it is taken, said after "in use". */
  busyHint: string;
}

/** The fields Node sets on a failed `listen` or on the host lookup before it. */
interface ListenFailure {
  code?: unknown;
  syscall?: unknown;
  port?: unknown;
  address?: unknown;
  hostname?: unknown;
}

const LOOKUP_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

/**
 * One line naming the variable to change, for the error a server's listen failed with (a taken or
 * privileged port, a host that does not resolve or is not this machine's); null for any other
 * error. `targets` are the process's servers, so the line names the right one's variable.
 */
export function describeListenError(error: unknown, targets: readonly ListenTarget[]): string | null {
  if (!(error instanceof Error)) return null;
  const { code, syscall, port, address, hostname } = error as ListenFailure;
  if (syscall === 'getaddrinfo' && typeof code === 'string' && LOOKUP_FAILURES.has(code)) {
    const target = targets.find((t) => t.hostVariable && t.host === hostname);
    if (!target?.hostVariable) return null;
    return `${target.hostVariable}: "${target.host}" does not resolve to an address (${code}); use an IP address or a name of this machine`;
  }
  if (syscall !== 'listen') return null;
  const where = `${String(address).includes(':') ? `[${address}]` : address}:${port}`;
  if (code === 'EADDRNOTAVAIL') {
    // HOST may be a name that resolved to this address.
    const target = targets.find((t) => t.hostVariable && t.host === address) ?? targets.find((t) => t.hostVariable && t.port === port);
    if (!target?.hostVariable) return null;
    const resolved = target.host === address ? '' : ` (${address})`;
    return `${target.hostVariable}: ${target.host}${resolved} is not an address of this machine; use one of its interfaces (0.0.0.0 for all)`;
  }
  const target = targets.find((t) => t.port === port);
  if (!target) return null;
  if (code === 'EADDRINUSE') {
    return `${target.portVariable}: ${where} is already in use (${target.busyHint}); stop it or choose another ${target.portVariable}`;
  }
  if (code === 'EACCES') {
    return `${target.portVariable}: port ${port} needs privileges this process does not have; choose a port above 1023`;
  }
  return null;
}
