import { isIPv4 } from 'node:net';
import { z } from 'zod';
import { badInput } from '../errors.js';

/**
 * Provider-neutral input rules, checked before any upstream call. Each failure names the input
 * field (`input.expiresAt`). Provider-specific rules (allowed resolutions, T1 tokens, ...) are
 * the adapters' job.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longest token life the platforms accept. */
export const MAX_TOKEN_LIFETIME_MS = 30 * DAY_MS;
export const MAX_TOKEN_DATA = 1000;
export const MAX_ARCHIVE_NAME = 80;

const RESOLUTION = /^\d{3,4}x\d{3,4}$/;
const LAYOUT_CLASS = /^[A-Za-z0-9_-]{1,64}$/;
// sip:user@host[:port][;params] or sips:...; the user part is optional for sip:host.
const SIP_URI = /^sips?:([^@\s]+@)?[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s]*)?$/;
const SIP_HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
const TAG = /^[A-Za-z0-9 _.:-]{1,80}$/;

/** Throws a BAD_USER_INPUT error for the first issue, naming `<prefix>.<path>`. */
export function check<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [prefix, ...issue.path.map(String)].join('.');
  throw badInput(field, issue.message);
}

const optionalNullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

export const createSessionInput = z
  .object({
    provider: z.string().nullish(),
    mediaMode: optionalNullable(z.enum(['RELAYED', 'ROUTED'])),
    archiveMode: optionalNullable(z.enum(['MANUAL', 'ALWAYS'])),
    location: optionalNullable(z.string().refine(isIPv4, 'must be an IPv4 address, e.g. "203.0.113.7"')),
    e2ee: optionalNullable(z.boolean()),
    archiveName: optionalNullable(
      z.string().min(1, 'must not be empty').max(MAX_ARCHIVE_NAME, `must be at most ${MAX_ARCHIVE_NAME} characters`),
    ),
    archiveResolution: optionalNullable(z.string().regex(RESOLUTION, 'must look like "1280x720"')),
    customSessionId: optionalNullable(z.string().regex(/^[a-zA-Z0-9_-]{1,128}$/, 'must be 1-128 letters, digits, "-" or "_"')),
    forcedVideoCodec: optionalNullable(z.enum(['MEDIA_SERVER_PREFERRED', 'NONE', 'VP8', 'VP9', 'H264'])),
    allowTranscoding: optionalNullable(z.boolean()),
  })
  .superRefine((input, ctx) => {
    // Providers differ in their default media mode (OpenTok RELAYED, OpenVidu ROUTED); the adapter
    // checks ALWAYS against its own default.
    if (input.archiveMode === 'ALWAYS' && input.mediaMode === 'RELAYED') {
      ctx.addIssue({
        code: 'custom',
        path: ['archiveMode'],
        message: 'ALWAYS needs mediaMode: ROUTED (only routed sessions can be archived)',
      });
    }
    if (input.archiveMode !== 'ALWAYS') {
      for (const key of ['archiveName', 'archiveResolution'] as const) {
        if (input[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'only applies with archiveMode: ALWAYS (name and size of automatic archives)',
          });
        }
      }
    }
    if (input.e2ee && input.mediaMode === 'RELAYED') {
      ctx.addIssue({ code: 'custom', path: ['e2ee'], message: 'end-to-end encryption needs mediaMode: ROUTED' });
    }
    if (input.e2ee && input.archiveMode === 'ALWAYS') {
      ctx.addIssue({
        code: 'custom',
        path: ['e2ee'],
        message: 'end-to-end encrypted sessions cannot be archived; use archiveMode: MANUAL',
      });
    }
  });

/**
 * Rules for `generateToken`. Built once (building a zod schema costs far more than running it);
 * the expiry rules read the clock when they run.
 */
export const generateTokenInput = z.object({
  sessionId: z.string(),
  role: optionalNullable(z.enum(['SUBSCRIBER', 'PUBLISHER', 'PUBLISHER_ONLY', 'MODERATOR'])),
  expiresAt: optionalNullable(
    z
      .date()
      .refine((d) => d.getTime() > Date.now(), 'must be in the future')
      .refine((d) => d.getTime() <= Date.now() + MAX_TOKEN_LIFETIME_MS, 'must be at most 30 days from now'),
  ),
  data: optionalNullable(z.string().max(MAX_TOKEN_DATA, `must be at most ${MAX_TOKEN_DATA} characters`)),
  initialLayoutClassList: optionalNullable(
    z.array(z.string().regex(LAYOUT_CLASS, 'each class must be 1-64 letters, digits, "-" or "_"')).max(32, 'at most 32 classes'),
  ),
  format: optionalNullable(z.enum(['JWT', 'T1', 'OPAQUE'])),
  record: optionalNullable(z.boolean()),
  kurentoOptions: optionalNullable(
    z.object({
      videoMaxRecvBandwidth: optionalNullable(z.number().int().min(0).max(100_000)),
      videoMinRecvBandwidth: optionalNullable(z.number().int().min(0).max(100_000)),
      videoMaxSendBandwidth: optionalNullable(z.number().int().min(0).max(100_000)),
      videoMinSendBandwidth: optionalNullable(z.number().int().min(0).max(100_000)),
      allowedFilters: optionalNullable(
        z.array(z.string().regex(/^[A-Za-z0-9_.]{1,64}$/, 'must be a filter name like "GStreamerFilter"')).max(16),
      ),
    }),
  ),
});

export const startArchiveInput = z
  .object({
    sessionId: z.string(),
    name: optionalNullable(z.string().max(MAX_ARCHIVE_NAME, `must be at most ${MAX_ARCHIVE_NAME} characters`)),
    hasAudio: optionalNullable(z.boolean()),
    hasVideo: optionalNullable(z.boolean()),
    outputMode: optionalNullable(z.enum(['COMPOSED', 'INDIVIDUAL'])),
    resolution: optionalNullable(z.string().regex(RESOLUTION, 'must look like "1280x720"')),
    multiArchiveTag: optionalNullable(z.string().regex(TAG, 'must be 1-80 letters, digits, spaces or "_.:-"')),
    frameRate: optionalNullable(z.number().int().min(1, 'must be 1-120').max(120, 'must be 1-120')),
    recordingLayout: optionalNullable(
      z.enum(['BEST_FIT', 'CUSTOM', 'PICTURE_IN_PICTURE', 'VERTICAL_PRESENTATION', 'HORIZONTAL_PRESENTATION']),
    ),
    customLayout: optionalNullable(
      z
        .string()
        .max(256, 'is too long')
        .regex(/^[^\0\r\n]*$/, 'must be a path'),
    ),
    ignoreFailedStreams: optionalNullable(z.boolean()),
  })
  .superRefine((input, ctx) => {
    if (input.hasAudio === false && input.hasVideo === false) {
      ctx.addIssue({
        code: 'custom',
        path: ['hasVideo'],
        message: 'an archive needs audio or video; hasAudio and hasVideo cannot both be false',
      });
    }
    if (input.resolution && input.outputMode === 'INDIVIDUAL') {
      ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'only applies to COMPOSED archives' });
    }
  });

export const dialSipInput = z.object({
  sessionId: z.string(),
  uri: z.string().max(1024, 'is too long').regex(SIP_URI, 'must be a SIP URI like "sip:user@sip.example.com;transport=tls"'),
  from: optionalNullable(
    z
      .string()
      .min(1, 'must not be empty')
      .max(256, 'is too long')
      .regex(/^[^\s<>]+$/, 'must look like "number@domain"'),
  ),
  headers: optionalNullable(
    z
      .array(
        z.object({
          name: z.string().regex(SIP_HEADER_NAME, 'must be a SIP header name (letters, digits, "-")'),
          value: z
            .string()
            .max(1024, 'is too long')
            .regex(/^[^\r\n]*$/, 'must not contain line breaks'),
        }),
      )
      .max(32, 'at most 32 headers'),
  ),
  auth: optionalNullable(
    z.object({
      username: z.string().min(1, 'must not be empty').max(256, 'is too long'),
      password: z.string().min(1, 'must not be empty').max(256, 'is too long'),
    }),
  ),
  secure: optionalNullable(z.boolean()),
  video: optionalNullable(z.boolean()),
  observeForceMute: optionalNullable(z.boolean()),
});

export const forceDisconnectInput = z.object({
  sessionId: z.string(),
  connectionId: z
    .string()
    .min(1, 'must not be empty')
    .max(256, 'is too long')
    .regex(/^[A-Za-z0-9_.:~-]+$/, 'is not a connection id'),
});

export const forceUnpublishInput = z.object({
  sessionId: z.string(),
  streamId: z
    .string()
    .min(1, 'must not be empty')
    .max(256, 'is too long')
    .regex(/^[A-Za-z0-9_.:~-]+$/, 'is not a stream id'),
});

export const signalInput = z.object({
  sessionId: z.string(),
  connectionId: optionalNullable(
    z
      .string()
      .min(1)
      .max(256)
      .regex(/^[A-Za-z0-9_.:~-]+$/, 'is not a connection id'),
  ),
  type: optionalNullable(
    z
      .string()
      .max(128, 'must be at most 128 characters')
      .regex(/^[A-Za-z0-9_~-]*$/, 'may only contain letters, digits, "-", "_" and "~"'),
  ),
  data: z.string().max(8192, 'must be at most 8 kB'),
});

/** Page size rules shared by every connection field. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return 20;
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput(field, 'must be between 1 and 100');
  return first;
}
