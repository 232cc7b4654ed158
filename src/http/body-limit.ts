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
 * Answers 413 to a GraphQL request that declares a body over {@link MAX_GRAPHQL_BODY}, before
 * yoga buffers anything; returns true when it did. The connection is closed after the answer
 * rather than kept for another request. (A chunked body declares no length; the armor token limit
 * still bounds what the parser does with it.)
 */
export function refuseOversizedGraphQLBody(req: IncomingMessage, res: ServerResponse): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared <= MAX_GRAPHQL_BODY) return false;
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message: `request body larger than ${MAX_GRAPHQL_BODY} bytes` }] }));
  req.resume();
  return true;
}

/**
 * Reads a whole request body of at most `limit` bytes, for the routes beside yoga.
 * @throws BodyTooLarge when the declared length or the bytes received exceed `limit`
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge(limit));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge(limit));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
