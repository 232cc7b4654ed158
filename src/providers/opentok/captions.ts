/**
 * Live captions on OpenTok (docs/providers/opentok.md#live-captions): `POST P/captions` answers
 * 202 `{captionsId}`, `POST P/captions/{id}/stop` an empty 202.
 */
import { badInput } from '../../errors.js';
import type { CaptionsInfo, StartCaptionsOptions } from '../session-ops-types.js';
import type { ProviderName } from '../types.js';
import { pathSegment } from '../rest/path.js';
import { text } from '../wire-values.js';
import type { OpenTokRestClient } from './client.js';

/** Longest captioning, in seconds (also the platform's default). */
const MAX_DURATION_S = 14_400;

/** `POST P/captions` with an already minted token; only the options that are set are sent. */
export async function startCaptions(
  rest: OpenTokRestClient,
  provider: ProviderName,
  options: StartCaptionsOptions,
  token: string,
): Promise<CaptionsInfo> {
  if (options.maxDuration !== undefined && options.maxDuration > MAX_DURATION_S) {
    throw badInput('input.maxDuration', `must be at most ${MAX_DURATION_S} seconds`);
  }
  const json: Record<string, unknown> = { sessionId: options.sessionId, token };
  if (options.languageCode !== undefined) json.languageCode = options.languageCode;
  if (options.maxDuration !== undefined) json.maxDuration = options.maxDuration;
  if (options.partialCaptions !== undefined) json.partialCaptions = options.partialCaptions;
  if (options.statusCallbackUrl !== undefined) json.statusCallbackUrl = options.statusCallbackUrl;
  const dto = (await rest.projectJson({ operation: 'startCaptions', method: 'POST', path: '/captions', json })) as Record<
    string,
    unknown
  > | null;
  const captionsId = text(dto?.captionsId);
  if (captionsId === null) throw rest.unexpected('startCaptions');
  return { provider, captionsId, sessionId: options.sessionId };
}

/** `POST P/captions/{id}/stop` (202, empty). */
export async function stopCaptions(rest: OpenTokRestClient, captionsId: string): Promise<void> {
  await rest.projectSend({ operation: 'stopCaptions', method: 'POST', path: `/captions/${pathSegment(captionsId, 'id')}/stop` });
}
