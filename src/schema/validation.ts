import { z } from 'zod';
import { badInput } from '../errors.js';
import { ARCHIVE_MODES, FORCED_VIDEO_CODECS, MEDIA_MODES, PROVIDER_NAMES, ROLES } from '../providers/types.js';
import { rules, sessionConsistency } from './limits.js';

/**
 * The API's input rules for inputs that arrive other than through GraphQL (the OpenVidu
 * application-server routes), made of the same rules the GraphQL input types apply
 * (./limits.ts). A JSON body has no GraphQL enums, so enum values are checked here too.
 */

/** Throws a BAD_USER_INPUT error for the first issue, naming `<prefix>.<path>`. */
export function check<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].join('.');
  throw badInput(field, issue?.message ?? 'is not valid');
}

/** Absent, null or the value: the provider interface takes absent for both. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

/** A new session's options. */
export const createSessionInput = z
  .object({
    provider: optional(z.enum(PROVIDER_NAMES)),
    mediaMode: optional(z.enum(MEDIA_MODES)),
    archiveMode: optional(z.enum(ARCHIVE_MODES)),
    location: optional(rules.location),
    e2ee: optional(z.boolean()),
    archiveName: optional(rules.automaticArchiveName),
    archiveResolution: optional(rules.resolution),
    customSessionId: optional(rules.customSessionId),
    forcedVideoCodec: optional(z.enum(FORCED_VIDEO_CODECS)),
    allowTranscoding: optional(z.boolean()),
  })
  .superRefine(sessionConsistency);

/** A new token's options. */
export const generateTokenInput = z.object({
  sessionId: z.string(),
  role: optional(z.enum(ROLES)),
  expiresAt: optional(rules.expiresAt),
  data: optional(rules.tokenData),
  initialLayoutClassList: optional(rules.layoutClasses),
  record: optional(z.boolean()),
  kurentoOptions: optional(
    z.object({
      videoMaxRecvBandwidth: optional(rules.bandwidth),
      videoMinRecvBandwidth: optional(rules.bandwidth),
      videoMaxSendBandwidth: optional(rules.bandwidth),
      videoMinSendBandwidth: optional(rules.bandwidth),
      allowedFilters: optional(rules.filters),
    }),
  ),
});
