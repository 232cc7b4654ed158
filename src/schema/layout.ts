import { z } from 'zod';
import { GatewayError } from '../errors.js';
import type { LAYOUT_TYPES, STREAM_MODES } from '../providers/broadcast-types.js';
import type { Layout, StreamSelection, VideoProvider } from '../providers/types.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { about, archiveArg, assertArchiveAllowed } from './ids.js';
import { withoutNulls } from './inputs.js';
import { layoutConsistency, rules } from './limits.js';
import { Archive } from './refs.js';

/**
 * What composed outputs (archives and broadcasts) share: the layout, the stream mode and the
 * selection of streams in MANUAL mode; and the archive mutations that change them while an
 * archive records. The broadcast ones are in ./broadcast.ts.
 */

export const LayoutTypeEnum = builder.enumType('LayoutType', {
  description: 'How the streams of a composed archive or broadcast are laid out.',
  values: {
    BEST_FIT: { description: 'A grid that fits every stream (the default).' },
    CUSTOM: { description: 'Your own CSS (`stylesheet`), placing streams by their layout classes.' },
    PIP: { description: 'Picture-in-picture: one stream full size, another small in a corner.' },
    VERTICAL_PRESENTATION: { description: 'One large stream, the others in a column beside it.' },
    HORIZONTAL_PRESENTATION: { description: 'One large stream, the others in a row below it.' },
  } as const satisfies Record<(typeof LAYOUT_TYPES)[number], { description: string }>,
});

export const StreamModeEnum = builder.enumType('StreamMode', {
  description: 'Which streams a composed archive or broadcast includes.',
  values: {
    AUTO: { description: 'Every stream of the session, as they come and go (the default).' },
    MANUAL: { description: 'Only the streams added with addArchiveStream / addBroadcastStream.' },
  } as const satisfies Record<(typeof STREAM_MODES)[number], { description: string }>,
});

/** A layout, as every layout argument takes it. */
export const LayoutInput = builder.inputType('LayoutInput', {
  validate: z.custom<Layout>().superRefine(layoutConsistency),
  fields: (t) => ({
    type: t.field({ type: LayoutTypeEnum, required: true }),
    stylesheet: t.string({ description: 'CSS of a CUSTOM layout (and only then), at most 10,000 characters.', validate: rules.stylesheet }),
    screenshareType: t.field({
      type: LayoutTypeEnum,
      description: 'With BEST_FIT only: the layout used while someone shares a screen (not CUSTOM).',
    }),
  }),
});

export const TranscriptionPropertiesInput = builder.inputType('TranscriptionPropertiesInput', {
  fields: (t) => ({
    primaryLanguageCode: t.string({ description: 'BCP 47, e.g. "en-US".', validate: rules.languageCode }),
    hasSummary: t.boolean({ description: 'Also write a summary of the transcript.' }),
  }),
});

/** The rule of an added stream: it brings audio, video or both. */
const streamTracks = z.custom<{ hasAudio?: boolean | null; hasVideo?: boolean | null }>().superRefine((input, ctx) => {
  if (input.hasAudio === false && input.hasVideo === false) {
    ctx.addIssue({
      code: 'custom',
      path: ['hasVideo'],
      message: 'an added stream needs audio or video; hasAudio and hasVideo cannot both be false',
    });
  }
});

/** The input of `add<Output>Stream`. */
export function addStreamInput(name: string, output: string) {
  return builder.inputType(name, {
    validate: streamTracks,
    fields: (t) => ({
      id: t.id({ required: true, description: `The ${output}: global id or provider-native id.` }),
      streamId: t.string({ required: true, validate: rules.streamId }),
      hasAudio: t.boolean({ description: "Include the stream's audio (default true)." }),
      hasVideo: t.boolean({ description: "Include the stream's video (default true)." }),
    }),
  });
}

/** The input of `remove<Output>Stream`. */
export function removeStreamInput(name: string, output: string) {
  return builder.inputType(name, {
    fields: (t) => ({
      id: t.id({ required: true, description: `The ${output}: global id or provider-native id.` }),
      streamId: t.string({ required: true, validate: rules.streamId }),
    }),
  });
}

/** The input of `set<Output>Layout`. */
export function setLayoutInput(name: string, output: string) {
  return builder.inputType(name, {
    fields: (t) => ({
      id: t.id({ required: true, description: `The ${output}: global id or provider-native id.` }),
      layout: t.field({ type: LayoutInput, required: true }),
    }),
  });
}

/** The stream selection an add-stream input asks for. */
export function selectionOf(input: { streamId: string; hasAudio?: boolean | null; hasVideo?: boolean | null }): StreamSelection {
  const { streamId, hasAudio, hasVideo } = withoutNulls(input);
  return { streamId, ...(hasAudio === undefined ? {} : { hasAudio }), ...(hasVideo === undefined ? {} : { hasVideo }) };
}

const SetArchiveLayoutInput = setLayoutInput('SetArchiveLayoutInput', 'archive');
const AddArchiveStreamInput = addStreamInput('AddArchiveStreamInput', 'archive');
const RemoveArchiveStreamInput = removeStreamInput('RemoveArchiveStreamInput', 'archive');

/** Runs a change of a recording archive, then reads the archive back for the answer. */
async function changeArchive(
  ctx: Parameters<typeof archiveArg>[0],
  rawId: string,
  feature: 'archiveLayouts' | 'archiveStreams',
  change: (provider: VideoProvider, archiveId: string) => Promise<void>,
) {
  const ref = archiveArg(ctx, rawId, 'input.id');
  requireSupport(ref.provider, { feature, field: 'input.id' });
  await assertArchiveAllowed(ctx, ref, 'input.id');
  await about('input.id', ref.provider, ref.archiveId, change(ref.provider, ref.archiveId));
  const archive = await ref.provider.getArchive(ref.archiveId);
  if (!archive) throw new GatewayError('NOT_FOUND', `input.id: archive ${ref.archiveId} was not found`, { field: 'input.id' });
  return archive;
}

builder.mutationFields((t) => ({
  setArchiveLayout: t.field({
    authScopes: { scope: 'video:archives:write' },
    type: Archive,
    description: 'Changes the layout of a recording COMPOSED archive.',
    args: { input: t.arg({ type: SetArchiveLayoutInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      changeArchive(ctx, String(input.id), 'archiveLayouts', (p, id) => p.setArchiveLayout(id, withoutNulls(input.layout))),
  }),
  addArchiveStream: t.field({
    authScopes: { scope: 'video:archives:write' },
    type: Archive,
    description: 'Adds a stream to a recording archive started with streamMode MANUAL.',
    args: { input: t.arg({ type: AddArchiveStreamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      changeArchive(ctx, String(input.id), 'archiveStreams', (p, id) => p.addArchiveStream(id, selectionOf(input))),
  }),
  removeArchiveStream: t.field({
    authScopes: { scope: 'video:archives:write' },
    type: Archive,
    description: 'Removes a stream from a recording archive started with streamMode MANUAL.',
    args: { input: t.arg({ type: RemoveArchiveStreamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      changeArchive(ctx, String(input.id), 'archiveStreams', (p, id) => p.removeArchiveStream(id, input.streamId)),
  }),
}));
