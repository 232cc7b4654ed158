/**
 * The session operations of ../session-ops-types.ts on an OpenTok project, each in the file named
 * after it; this file gives them the REST client, the token minter and the adapter's check that a
 * session id belongs to the project. Renders, Audio Connector and captions need a client token for
 * the participant they add: like dialSip, the adapter mints one (docs/providers/opentok.md#experience-composer).
 */
import { GatewayError } from '../../errors.js';
import type { SessionOpsCapabilities, SessionOpsProvider } from '../session-ops-types.js';
import type { ProviderName, Role } from '../types.js';
import { connectAudioStream } from './audio-connector.js';
import { startCaptions, stopCaptions } from './captions.js';
import type { OpenTokRestClient } from './client.js';
import type { MintedToken } from './client-tokens.js';
import { playDtmf } from './dtmf.js';
import { muteSession, muteStream } from './mute.js';
import { surfaceHints, surfacePlatform } from './platform-names.js';
import { OpenTokRenders } from './renders.js';
import { getStream, setStreamLayoutClasses } from './streams.js';

/** What an OpenTok project offers of the session operations. */
export const OPENTOK_SESSION_OPS_CAPABILITIES: SessionOpsCapabilities = {
  streamLayoutClasses: true,
  forceMute: true,
  renders: true,
  audioConnector: true,
  captions: true,
  ipCameras: false,
};

/** What the operations need from the adapter. */
export interface OpenTokSessionOpsDeps {
  provider: ProviderName;
  rest: OpenTokRestClient;
  /** Mints the participant token an operation carries (sync for OpenTok, async for Vonage). */
  tokens: { mint(options: { sessionId: string; role: Role; data: string }): MintedToken | Promise<MintedToken> };
  /** Refuses (BAD_USER_INPUT naming `field`) a session id of another project. */
  checkSession(sessionId: string, field?: string): void;
}

/** The session operations of one OpenTok project. */
export function createOpenTokSessionOps(deps: OpenTokSessionOpsDeps): SessionOpsProvider {
  const { provider, rest, tokens, checkSession } = deps;
  const renders = new OpenTokRenders(rest, provider);
  /** A token for the participant an operation adds; its data says what it is. */
  const tokenFor = async (sessionId: string, role: Role, data: string): Promise<string> =>
    (await tokens.mint({ sessionId, role, data })).token;

  return {
    async getStream(sessionId, streamId) {
      checkSession(sessionId, 'sessionId');
      return getStream(rest, sessionId, streamId);
    },
    async setStreamLayoutClasses(sessionId, streams) {
      checkSession(sessionId);
      await setStreamLayoutClasses(rest, sessionId, streams);
    },
    async muteStream(sessionId, streamId) {
      checkSession(sessionId);
      await muteStream(rest, sessionId, streamId);
    },
    async muteSession(options) {
      checkSession(options.sessionId);
      await muteSession(rest, options);
    },
    async playDtmf(options) {
      checkSession(options.sessionId);
      await playDtmf(rest, options);
    },
    async startRender(options) {
      checkSession(options.sessionId);
      return renders.start(options, await tokenFor(options.sessionId, 'PUBLISHER', 'render=true'));
    },
    stopRender: (renderId) => renders.stop(renderId),
    getRender: (renderId) => renders.get(renderId),
    listRenders: (options) => renders.list(options),
    async connectAudioStream(options) {
      checkSession(options.sessionId);
      return connectAudioStream(rest, provider, options, await tokenFor(options.sessionId, 'PUBLISHER', 'audioConnector=true'));
    },
    async startCaptions(options) {
      checkSession(options.sessionId);
      // The captions participant must be a moderator.
      return startCaptions(rest, provider, options, await tokenFor(options.sessionId, 'MODERATOR', 'captions=true'));
    },
    stopCaptions: (captionsId) => stopCaptions(rest, captionsId),
    async connectIpCamera() {
      const hint = surfaceHints(surfacePlatform(provider)).ipCameras;
      throw new GatewayError('UNSUPPORTED_BY_PROVIDER', `${provider} does not support IP cameras: ${hint}`, { provider });
    },
  };
}
