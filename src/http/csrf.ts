import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';

/**
 * The header a GraphQL request over HTTP must carry unless its content type already makes a
 * browser ask first (a CORS preflight): GET and SSE requests, and POSTs sent as form data,
 * multipart or plain text. A page on another site can send those without asking, with the
 * user's cookies, and read nothing back; with a custom header required it cannot send them at all
 * (docs/operations.md, CSRF). Any value will do.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** yoga's CSRF prevention, requiring {@link CSRF_HEADER}: a request without it gets 403. */
export function useCsrfPrevention() {
  return useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
}
