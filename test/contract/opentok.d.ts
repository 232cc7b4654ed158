/**
 * The slice of the `opentok` SDK (2.23.x, untyped CommonJS) the contract tests drive. Written from
 * node_modules/opentok/lib; callbacks are node-style.
 */
declare module 'opentok' {
  export type Callback<T> = (error: { message: string } | null, result?: T, extra?: unknown) => void;

  export interface Session {
    sessionId: string;
    mediaMode?: string;
    archiveMode?: string;
  }
  export interface Archive {
    id: string;
    status: string;
    name: string | null;
    sessionId: string;
    reason: string;
    url: string | null;
    size: number;
    duration: number;
    outputMode: string;
    resolution?: string;
    hasAudio: boolean;
    hasVideo: boolean;
    streamMode: string;
    [key: string]: unknown;
  }
  export interface SipCall {
    id: string;
    connectionId: string;
    streamId: string;
  }
  export interface Stream {
    id: string;
    videoType: string;
    name: string;
    layoutClassList: string[];
  }
  export interface TokenOptions {
    role?: string;
    data?: string;
    expireTime?: number;
    initialLayoutClassList?: string[];
  }

  export class OpenTok {
    constructor(apiKey: string, apiSecret: string, env?: string | { apiUrl?: string; timeout?: number });
    apiKey: string;
    createSession(options: Record<string, unknown>, callback: Callback<Session>): void;
    generateToken(sessionId: string, options?: TokenOptions, generateT1Token?: boolean): string;
    startArchive(sessionId: string, options: Record<string, unknown>, callback: Callback<Archive>): void;
    stopArchive(archiveId: string, callback: Callback<Archive>): void;
    getArchive(archiveId: string, callback: Callback<Archive>): void;
    deleteArchive(archiveId: string, callback: (error: { message: string } | null) => void): void;
    listArchives(
      options: { offset?: number; count?: number; sessionId?: string },
      callback: (error: { message: string } | null, archives?: Archive[], totalCount?: number) => void,
    ): void;
    setArchiveLayout(
      archiveId: string,
      type: string,
      stylesheet: string | null,
      screenshareType: string | null,
      callback: (error: { message: string } | null) => void,
    ): void;
    addArchiveStream(
      archiveId: string,
      streamId: string,
      options: { hasAudio?: boolean; hasVideo?: boolean },
      callback: (error: { message: string } | null) => void,
    ): void;
    dial(sessionId: string, token: string, sipUri: string, options: Record<string, unknown>, callback: Callback<SipCall>): void;
    forceDisconnect(sessionId: string, connectionId: string, callback: (error: { message: string } | null) => void): void;
    signal(
      sessionId: string,
      connectionId: string | null,
      payload: { type?: string; data: string },
      callback: (error: { message: string } | null) => void,
    ): void;
    listStreams(sessionId: string, callback: Callback<Stream[]>): void;
    getStream(sessionId: string, streamId: string, callback: Callback<Stream>): void;
    forceMuteAll(sessionId: string, options: Record<string, unknown>, callback: (error: { message: string } | null) => void): void;
  }
  export default OpenTok;
}
