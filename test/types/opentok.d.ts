/**
 * The parts of the official `opentok` SDK (CommonJS, callback style, no bundled types) that our
 * conformance tests and benchmarks call. Loose on purpose: the SDK is the oracle, not our code.
 */
declare module 'opentok' {
  type Callback<T> = (error: Error | null, result?: T) => void;

  interface Session {
    sessionId: string;
    generateToken(options?: Record<string, unknown>): string;
  }

  interface Archive {
    id: string;
    status: string;
    name: string | null;
    sessionId: string;
    [key: string]: unknown;
  }

  class OpenTok {
    constructor(apiKey: string, apiSecret: string, options?: string | { apiUrl?: string; timeout?: number });
    apiKey: string;
    createSession(options: Record<string, unknown>, callback: Callback<Session>): void;
    generateToken(sessionId: string, options?: Record<string, unknown>, legacy?: boolean): string;
    startArchive(sessionId: string, options: Record<string, unknown>, callback: Callback<Archive>): void;
    stopArchive(archiveId: string, callback: Callback<Archive>): void;
    getArchive(archiveId: string, callback: Callback<Archive>): void;
    listArchives(options: Record<string, unknown>, callback: (error: Error | null, archives?: Archive[], totalCount?: number) => void): void;
    deleteArchive(archiveId: string, callback: (error: Error | null) => void): void;
    dial(sessionId: string, token: string, sipUri: string, options: Record<string, unknown>, callback: Callback<Record<string, unknown>>): void;
    forceDisconnect(sessionId: string, connectionId: string, callback: (error: Error | null) => void): void;
    signal(sessionId: string, connectionId: string | null, payload: { type?: string; data: string }, callback: (error: Error | null) => void): void;
    listStreams(sessionId: string, callback: (error: Error | null, streams?: Record<string, unknown>[]) => void): void;
    [method: string]: unknown;
  }

  export default OpenTok;
}
