import { GatewayError } from '../../errors.js';

/**
 * One id as one URL path segment: percent-encoded, and refused before any call when it could not
 * be an id at all. `encodeURIComponent` leaves `.` and `..` as they are, and a URL parser (the
 * platform's, or a proxy's) resolves them, so `/session/s/connection/../signal` would reach
 * `/session/s/signal`: a signal meant for one connection would go to the whole session.
 * @param field the input the id came from, named in the error (`input.connectionId`)
 * @throws GatewayError BAD_USER_INPUT for an empty id, `.`, `..` or one with a control character
 */
export function pathSegment(id: string, field: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (id === '' || id === '.' || id === '..' || /[\u0000-\u001f\u007f]/.test(id)) {
    throw new GatewayError('BAD_USER_INPUT', `${field}: ${JSON.stringify(id.slice(0, 40))} is not a valid id`, { field });
  }
  return encodeURIComponent(id);
}
