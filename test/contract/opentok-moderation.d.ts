/**
 * More of the `opentok` SDK (2.23.x) for the session-operations contract test, merged into the
 * declaration of ./opentok.d.ts. Written from node_modules/opentok/lib; callbacks are node-style.
 */
declare module 'opentok' {
  export interface Render {
    id: string;
    sessionId: string;
    projectId: string;
    createdAt: number;
    updatedAt: number;
    url: string;
    resolution: string;
    status: string;
    streamId: string;
    reason?: string;
  }

  interface OpenTok {
    setStreamClassLists(
      sessionId: string,
      classListArray: Array<{ id: string; layoutClassList: string[] }>,
      callback: (error: { message: string } | null) => void,
    ): void;
    forceMuteStream(sessionId: string, streamId: string, callback: (error: { message: string } | null) => void): void;
    disableForceMute(sessionId: string, callback: (error: { message: string } | null) => void): void;
    playDTMF(sessionId: string, connectionId: string | null, digits: string, callback: (error: { message: string } | null) => void): void;
    startRender(
      options: { sessionId: string; token: string; url: string; maxDuration?: number; resolution?: string; statusCallbackUrl?: string },
      callback: Callback<Render>,
    ): void;
    getRender(renderId: string, callback: Callback<Render>): void;
    listRenders(options: { offset?: number; count?: number }, callback: Callback<{ count: number; items: Render[] }>): void;
    stopRender(renderId: string, callback: (error: { message: string } | null) => void): void;
    websocketConnect(
      sessionId: string,
      token: string,
      websocketUri: string,
      options: { streams?: string[]; headers?: Record<string, string>; bidirectional?: boolean },
      callback: Callback<{ id: string; connectionId: string }>,
    ): void;
    startCaptions(
      sessionId: string,
      token: string,
      options: { languageCode?: string; maxDuration?: number; partialCaptions?: boolean },
      callback: Callback<string>,
    ): void;
    stopCaptions(captionsId: string, callback: Callback<boolean>): void;
  }
}
