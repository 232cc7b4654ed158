/**
 * OpenTok's wire form of what composed outputs (archives and broadcasts) share: the layout object
 * `{type, stylesheet?, screenshareType?}`, the stream mode, the `PATCH .../streams` bodies, and the
 * archive options of composition, quality and transcription (docs/providers/opentok.md#layouts-and-stream-selection).
 * The GraphQL layer has already applied the API's rules (./../../schema/limits.ts): here only the
 * translation.
 */
import type { ArchiveCompositionOptions, IncludedStream, Layout, LayoutType, StreamMode, StreamSelection } from '../broadcast-types.js';
import { bool, text } from '../wire-values.js';

const WIRE_LAYOUT_TYPES: Readonly<Record<LayoutType, string>> = {
  BEST_FIT: 'bestFit',
  CUSTOM: 'custom',
  PIP: 'pip',
  VERTICAL_PRESENTATION: 'verticalPresentation',
  HORIZONTAL_PRESENTATION: 'horizontalPresentation',
};

/** The layout body of a start call or of `PUT .../layout` (unset fields left out, as opentok-node does). */
export function layoutBody(layout: Layout): Record<string, string> {
  const body: Record<string, string> = { type: WIRE_LAYOUT_TYPES[layout.type] };
  if (layout.stylesheet) body.stylesheet = layout.stylesheet;
  if (layout.screenshareType) body.screenshareType = WIRE_LAYOUT_TYPES[layout.screenshareType];
  return body;
}

/** `auto` / `manual`. */
export function streamModeBody(mode: StreamMode): string {
  return mode.toLowerCase();
}

/** OpenTok's stream mode; `auto` (its default) when absent or unknown. */
export function streamModeOf(value: unknown): StreamMode {
  return text(value)?.toLowerCase() === 'manual' ? 'MANUAL' : 'AUTO';
}

/** The `PATCH .../streams` body adding a stream (both tracks unless told otherwise). */
export function addStreamBody(stream: StreamSelection): Record<string, unknown> {
  return { addStream: stream.streamId, hasAudio: stream.hasAudio ?? true, hasVideo: stream.hasVideo ?? true };
}

/** The `PATCH .../streams` body removing a stream. */
export function removeStreamBody(streamId: string): Record<string, unknown> {
  return { removeStream: streamId };
}

/** The archive start fields of {@link ArchiveCompositionOptions} that are set. */
export function archiveCompositionBody(options: ArchiveCompositionOptions): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (options.layout !== undefined) body.layout = layoutBody(options.layout);
  if (options.streamMode !== undefined) body.streamMode = streamModeBody(options.streamMode);
  if (options.maxBitrate !== undefined) body.maxBitrate = options.maxBitrate;
  if (options.quantizationParameter !== undefined) body.quantizationParameter = options.quantizationParameter;
  if (options.hasTranscription !== undefined) body.hasTranscription = options.hasTranscription;
  if (options.transcriptionProperties !== undefined) body.transcriptionProperties = { ...options.transcriptionProperties };
  return body;
}

/** The `streams` list of an archive or broadcast; entries without a stream id are skipped. */
export function includedStreamsOf(value: unknown): IncludedStream[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const s = item as { streamId?: unknown; hasAudio?: unknown; hasVideo?: unknown };
    const streamId = text(s.streamId);
    return streamId === null ? [] : [{ streamId, hasAudio: bool(s.hasAudio, true), hasVideo: bool(s.hasVideo, true) }];
  });
}
