/**
 * The provider-neutral model of live-streaming broadcasts (HLS, RTMP) and of what composed
 * outputs share with archives: layouts and manual stream selection. {@link BroadcastProvider} is
 * part of every `VideoProvider` (./types.ts); a provider without broadcasts declares
 * `broadcasts: false` and its methods reject with UNSUPPORTED_BY_PROVIDER.
 *
 * Ids are provider-native, times are `Date`s, as in ./types.ts.
 */
import type { IdClaim, ProviderName } from './types.js';

/** How the streams of a composed output are laid out (the GraphQL `LayoutType` enum). */
export const LAYOUT_TYPES = ['BEST_FIT', 'CUSTOM', 'PIP', 'VERTICAL_PRESENTATION', 'HORIZONTAL_PRESENTATION'] as const;
export type LayoutType = (typeof LAYOUT_TYPES)[number];

/** A composed output's layout. */
export interface Layout {
  type: LayoutType;
  /** CSS of a CUSTOM layout. */
  stylesheet?: string;
  /** The layout used while someone shares a screen (with BEST_FIT only). */
  screenshareType?: LayoutType;
}

/** Which streams a composed output includes (the GraphQL `StreamMode` enum). */
export const STREAM_MODES = ['AUTO', 'MANUAL'] as const;
export type StreamMode = (typeof STREAM_MODES)[number];

/** Speech-to-text of an archive. */
export interface TranscriptionProperties {
  /** BCP 47 language code, e.g. `en-US`. */
  primaryLanguageCode?: string;
  /** Also write a summary of the transcript. */
  hasSummary?: boolean;
}

/** The archive options of composition, quality and stream selection (part of `StartArchiveOptions`). */
export interface ArchiveCompositionOptions {
  layout?: Layout;
  streamMode?: StreamMode;
  /** Bits per second of a composed archive's video. */
  maxBitrate?: number;
  /** Constant video quality (lower is better) instead of a bitrate. */
  quantizationParameter?: number;
  hasTranscription?: boolean;
  transcriptionProperties?: TranscriptionProperties;
}

/** What an archive reports of its stream selection, where the provider reports it (part of `ArchiveInfo`). */
export interface ArchiveCompositionInfo {
  streamMode?: StreamMode;
  /** The streams it records now. */
  streams?: IncludedStream[];
}

/** One stream of a composed output in MANUAL stream mode, and which of its tracks it takes. */
export interface StreamSelection {
  streamId: string;
  /** @default true */
  hasAudio?: boolean;
  /** @default true */
  hasVideo?: boolean;
}

/** A stream a composed output includes, as the provider reports it. */
export interface IncludedStream {
  streamId: string;
  hasAudio: boolean;
  hasVideo: boolean;
}

/** Where a broadcast is (the GraphQL `BroadcastStatus` enum). */
export const BROADCAST_STATUSES = ['STARTED', 'PAUSED', 'STOPPED', 'FAILED'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

/** Where one output (HLS, one RTMP target) of a broadcast is (the GraphQL `BroadcastOutputStatus` enum). */
export const BROADCAST_OUTPUT_STATUSES = ['CONNECTING', 'READY', 'LIVE', 'STARTED', 'ENDED', 'ERROR', 'OFFLINE'] as const;
export type BroadcastOutputStatus = (typeof BROADCAST_OUTPUT_STATUSES)[number];

/** An RTMP target asked for. */
export interface RtmpTarget {
  /** The caller's name for it, unique within the broadcast. */
  id?: string;
  /** `rtmp://` or `rtmps://` URL of the ingest server. */
  serverUrl: string;
  /** The stream name (key) at that server. */
  streamName: string;
}

/** The HLS output asked for. */
export interface HlsSettings {
  /** Viewers may rewind and pause (not with lowLatency). */
  dvr?: boolean;
  /** Shorter delay (not with dvr). */
  lowLatency?: boolean;
}

export interface StartBroadcastOptions {
  sessionId: string;
  /** An HLS output; at least one of `hls` and `rtmp` is needed. */
  hls?: HlsSettings;
  rtmp?: RtmpTarget[];
  /** Seconds after which the broadcast stops by itself. */
  maxDuration?: number;
  /** Bits per second of the video. */
  maxBitrate?: number;
  resolution?: string;
  layout?: Layout;
  /** Lets several broadcasts of one session run at once: each needs its own tag. */
  multiBroadcastTag?: string;
  streamMode?: StreamMode;
  hasAudio?: boolean;
  hasVideo?: boolean;
}

export interface BroadcastInfo {
  provider: ProviderName;
  broadcastId: string;
  sessionId: string;
  status: BroadcastStatus;
  createdAt: Date;
  updatedAt: Date | null;
  resolution: string | null;
  /** Seconds. */
  maxDuration: number | null;
  maxBitrate: number | null;
  multiBroadcastTag: string | null;
  streamMode: StreamMode;
  hasAudio: boolean;
  hasVideo: boolean;
  /** Null when the broadcast has no HLS output (or no longer reports one once stopped). */
  hls: { url: string | null; status: BroadcastOutputStatus | null; dvr: boolean; lowLatency: boolean } | null;
  rtmp: Array<{ id: string | null; serverUrl: string; streamName: string; status: BroadcastOutputStatus | null }>;
  /** The streams it includes (MANUAL stream mode: those added). */
  streams: IncludedStream[];
}

export interface ListBroadcastsOptions {
  sessionId?: string;
  /** 0-based. */
  offset: number;
  /** Page size, 1..1000. */
  count: number;
}

export interface BroadcastPage {
  items: BroadcastInfo[];
  /** Total matching broadcasts at the provider (not just this page). */
  totalCount: number;
}

/** A broadcast status change, as a webhook or the gateway's own mutation observed it. */
export interface BroadcastStatusChange {
  broadcast: BroadcastInfo;
  /** When the provider says it happened (falls back to when we saw it). */
  occurredAt: Date;
  source: 'webhook' | 'mutation';
}

/** The features of this file, as {@link BroadcastCapabilities} declares them. */
export type BroadcastFeature = 'broadcasts' | 'archiveLayouts' | 'archiveStreams';

/** What a provider declares about broadcasts, layouts and stream selection (part of `ProviderCapabilities`). */
export interface BroadcastCapabilities {
  /** Live-streaming broadcasts, with their layout changes and manual stream selection. */
  broadcasts: boolean;
  /** Changing the layout of a recording archive. */
  archiveLayouts: boolean;
  /** Adding and removing streams of an archive started with streamMode MANUAL. */
  archiveStreams: boolean;
}

/** The options of the operations of this file (part of `OperationOptions`). */
export interface BroadcastOperationOptions {
  startBroadcast: Omit<StartBroadcastOptions, 'sessionId'>;
}

/** The broadcast, layout and stream-selection operations of a provider (part of `VideoProvider`). */
export interface BroadcastProvider {
  /** Whether a native broadcast id has this provider's format. */
  ownsBroadcastId(broadcastId: string): IdClaim;
  /** PRECONDITION_FAILED for a relayed session; CONFLICT when one runs and tags do not tell them apart. */
  startBroadcast(options: StartBroadcastOptions): Promise<BroadcastInfo>;
  /** CONFLICT when it is no longer running; NOT_FOUND when the provider does not know it. */
  stopBroadcast(broadcastId: string): Promise<BroadcastInfo>;
  /** Null when the provider does not know the broadcast. */
  getBroadcast(broadcastId: string): Promise<BroadcastInfo | null>;
  /** Newest first. */
  listBroadcasts(options: ListBroadcastsOptions): Promise<BroadcastPage>;
  setBroadcastLayout(broadcastId: string, layout: Layout): Promise<void>;
  /** PRECONDITION_FAILED unless the broadcast was started with streamMode MANUAL. */
  addBroadcastStream(broadcastId: string, stream: StreamSelection): Promise<void>;
  removeBroadcastStream(broadcastId: string, streamId: string): Promise<void>;
  /** Changes the layout of a recording composed archive. */
  setArchiveLayout(archiveId: string, layout: Layout): Promise<void>;
  /** PRECONDITION_FAILED unless the archive was started with streamMode MANUAL. */
  addArchiveStream(archiveId: string, stream: StreamSelection): Promise<void>;
  removeArchiveStream(archiveId: string, streamId: string): Promise<void>;
}
