import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest GraphQL request body accepted over HTTP (yoga's own cap is 25 MB). */
export const MAX_GRAPHQL_BODY = 100 * 1024;

/** A request body over its route's cap. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/**
 * How long a connection refused for its body may go on sending (read and dropped) after its 413.
 * Closing a socket while the client's bytes are still arriving makes the kernel reset the
 * connection, and a client still writing then sees the reset (EPIPE, ECONNRESET) instead of the
 * answer; lingering a moment lets it read the 413 (what web servers call a lingering close).
 */
export const LINGER_AFTER_413_MS = 2_000;

/**
 * Answers 413 with a JSON error and closes the connection once it is sent, after a lingering close:
 * the answer and the end of the connection go out at once, what the client still sends is read and
 * dropped, and the socket is destroyed when the client closes its side or after
 * {@link LINGER_AFTER_413_MS}, whichever comes first.
 */
export function replyTooLarge(
  res: ServerResponse,
  limit: number,
  body: unknown = { errors: [{ message: `request body larger than ${limit} bytes`, extensions: { code: 'BAD_USER_INPUT' } }] },
): void {
  if (res.headersSent) return;
  const socket = res.socket;
  if (socket) {
    // node:http calls destroySoon once a `connection: close` answer is sent; this is the only
    // socket it is replaced on.
    socket.destroySoon = () => {
      socket.end();
      socket.resume();
      const timer = setTimeout(() => socket.destroy(), LINGER_AFTER_413_MS);
      timer.unref();
      socket.once('end', () => socket.destroy());
      socket.once('close', () => clearTimeout(timer));
    };
  }
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify(body));
}

/**
 * Reads a GraphQL request body (any method with a body) before yoga sees it, counting bytes as
 * they arrive, so a chunked body is held to {@link MAX_GRAPHQL_BODY} as a declared one is; yoga
 * then reads the buffered copy. Answers 413 and returns false when the body is over the cap.
 */
export async function bufferGraphQLBody(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return true;
  try {
    // yoga's node adapter takes an already-read body from `req.body`.
    (req as IncomingMessage & { body?: Buffer }).body = await readBody(req, MAX_GRAPHQL_BODY);
    return true;
  } catch (error) {
    if (error instanceof BodyTooLarge) replyTooLarge(res, MAX_GRAPHQL_BODY);
    else if (!res.headersSent) res.destroy();
    return false;
  }
}

/**
 * Reads a whole request body of at most `limit` bytes, counting bytes as they arrive (a chunked
 * body declares no length). Past the cap it keeps nothing and discards the rest rather than reset
 * the connection, so the caller can still answer 413.
 * @throws BodyTooLarge when the declared length or the bytes received exceed `limit`
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      req.removeAllListeners('data');
      req.resume();
      reject(new BodyTooLarge(limit));
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return tooLarge();
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
