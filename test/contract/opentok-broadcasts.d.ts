/**
 * The broadcast, layout and stream-selection slice of the `opentok` SDK (2.23.x) the contract tests
 * drive, merged into the declarations of ./opentok.d.ts. Written from node_modules/opentok/lib.
 */
declare module 'opentok' {
  export interface Broadcast {
    id: string;
    sessionId: string;
    projectId: number | string;
    status: string;
    createdAt: number;
    updatedAt: number;
    resolution: string;
    maxDuration: number;
    streamMode: string;
    broadcastUrls: {
      hls?: string;
      hlsStatus?: string;
      rtmp?: Array<{ id?: string; serverUrl: string; streamName: string; status: string }>;
    } | null;
    streams: Array<{ streamId: string; hasAudio: boolean; hasVideo: boolean }>;
    multiBroadcastTag?: string;
    stop(callback: Callback<Broadcast>): void;
    [key: string]: unknown;
  }
  type Done = (error: { message: string } | null) => void;

  export interface OpenTok {
    startBroadcast(sessionId: string, options: Record<string, unknown>, callback: Callback<Broadcast>): void;
    stopBroadcast(broadcastId: string, callback: Callback<Broadcast>): void;
    getBroadcast(broadcastId: string, callback: Callback<Broadcast>): void;
    listBroadcasts(
      options: { offset?: number; count?: number; sessionId?: string },
      callback: (error: { message: string } | null, broadcasts?: Broadcast[], totalCount?: number) => void,
    ): void;
    setBroadcastLayout(broadcastId: string, type: string, stylesheet: string | null, screenshareType: string | null, callback: Done): void;
    addBroadcastStream(broadcastId: string, streamId: string, options: { hasAudio?: boolean; hasVideo?: boolean }, callback: Done): void;
    removeBroadcastStream(broadcastId: string, streamId: string, callback: Done): void;
    removeArchiveStream(archiveId: string, streamId: string, callback: Done): void;
  }
}
