/**
 * The gateway as users run it in production (compiled `node dist/main.js`, `NODE_ENV=production`,
 * caller auth on, signed webhooks), in front of a standalone emulator (`node dist/emulator/main.js`),
 * each in a child process of its own.
 */
import { hsToken } from '../test/helpers/caller-tokens.js';
import { type Child, freePort, spawnNode, waitFor, waitForHttp } from './processes.js';

/** The OpenTok project the emulator serves and the gateway is configured with. */
export const OPENTOK_KEY = '46123456';
/** Its API secret (a bench value, not a secret of anything). */
export const OPENTOK_SECRET = 'bench-opentok-api-secret-0123456789';
/** The OpenVidu secret the emulator accepts. */
export const OPENVIDU_SECRET = 'bench-openvidu-secret';
/** The signature secret of OpenTok callbacks. */
export const WEBHOOK_SECRET = 'bench-webhook-signature-secret';
/** The HS256 secret caller tokens are signed with (`AUTH_JWT_SECRET`). */
const AUTH_SECRET = 'bench-caller-auth-secret-0123456789abcdef';

/** A caller token with `scope` (space-separated scopes), valid for the whole run. */
export const callerToken = (scope: string): Promise<string> => hsToken({ scope, expiresIn: 3600 }, AUTH_SECRET);

/** A running standalone emulator. */
export interface RunningEmulator {
  url: string;
  child: Child;
}

/** Starts `node dist/emulator/main.js` on a free port: lenient, archives available only after a minute. */
export async function startEmulator(): Promise<RunningEmulator> {
  const port = await freePort();
  const child = spawnNode('emulator', ['dist/emulator/main.js'], {
    NODE_ENV: 'production',
    EMULATOR_PORT: String(port),
    EMULATOR_STRICT: 'false',
    EMULATOR_ARCHIVE_READY_MS: '60000',
    OPENTOK_API_KEY: OPENTOK_KEY,
    OPENTOK_API_SECRET: OPENTOK_SECRET,
    OPENVIDU_SECRET,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/emulator/faults`, child);
  return { url, child };
}

/** What {@link gatewayEnv} points the gateway at. */
export interface GatewayTarget {
  /** Where the OpenTok and OpenVidu REST APIs are (the emulator, or a proxy in front of it). */
  upstream: string;
  port: number;
}

/** The production environment of a gateway in front of `upstream`. */
export function gatewayEnv({ upstream, port }: GatewayTarget): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    OPENTOK_API_KEY: OPENTOK_KEY,
    OPENTOK_API_SECRET: OPENTOK_SECRET,
    OPENTOK_API_URL: upstream,
    OPENTOK_WEBHOOK_SECRET: WEBHOOK_SECRET,
    OPENVIDU_URL: upstream,
    OPENVIDU_SECRET,
    DEFAULT_PROVIDER: 'OPENTOK',
    AUTH_JWT_SECRET: AUTH_SECRET,
  };
}

/** A running gateway. */
export interface RunningGateway {
  url: string;
  child: Child;
  /** The DevTools WebSocket URL, when started with `inspect`. */
  inspectorUrl?: string;
}

/**
 * Starts `node dist/main.js` in production against `upstream`; resolves once `/healthz` answers.
 * With `inspect`, the inspector listens on a free loopback port (for heap readings after GC).
 */
export async function startGateway(
  upstream: string,
  options: { inspect?: boolean; env?: Record<string, string> } = {},
): Promise<RunningGateway> {
  const port = await freePort();
  const args = [...(options.inspect ? ['--inspect=127.0.0.1:0'] : []), 'dist/main.js'];
  const child = spawnNode('gateway', args, { ...gatewayEnv({ upstream, port }), ...options.env });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/healthz`, child);
  if (!options.inspect) return { url, child };
  const inspectorUrl = await waitFor('the inspector URL', () => /Debugger listening on (ws:\/\/\S+)/.exec(child.output())?.[1]);
  return { url, child, inspectorUrl };
}
