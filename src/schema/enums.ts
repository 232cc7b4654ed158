import { FORCED_VIDEO_CODECS, type ProviderName, RECORDING_LAYOUTS, type Role } from '../providers/types.js';
import { builder } from './builder.js';

export const VideoProviderEnum = builder.enumType('VideoProvider', {
  description: 'A video platform the gateway can talk to.',
  values: {
    OPENTOK: { description: 'OpenTok (legacy Vonage/TokBox project: API key and secret).' },
    VONAGE: { description: 'Vonage Video application (application id and private key).' },
    OPENVIDU: { description: 'OpenVidu 2.x deployment.' },
  } as const satisfies Record<ProviderName, { description: string }>,
});

export const RoleEnum = builder.enumType('Role', {
  description: 'What a client token lets its holder do.',
  values: {
    SUBSCRIBER: { description: 'Can connect and subscribe, not publish.' },
    PUBLISHER: { description: 'Can connect, publish and subscribe (the default).' },
    PUBLISHER_ONLY: { description: 'Can publish but not subscribe.' },
    MODERATOR: { description: 'Can also force others to disconnect or unpublish.' },
  } as const satisfies Record<Role, { description: string }>,
});

export const MediaModeEnum = builder.enumType('MediaMode', {
  values: {
    RELAYED: { description: 'Clients send media to each other directly where they can (no archiving).' },
    ROUTED: { description: "Media goes through the platform's media servers (needed for archives and SIP)." },
  } as const,
});

export const ArchiveModeEnum = builder.enumType('ArchiveMode', {
  values: {
    MANUAL: { description: 'Archives start when you call startArchive.' },
    ALWAYS: { description: 'An archive starts automatically when the first client connects (routed sessions only).' },
  } as const,
});

export const ArchiveStatusEnum = builder.enumType('ArchiveStatus', {
  description:
    'Where an archive is in its life: STARTED <-> PAUSED while recording, then STOPPED, then AVAILABLE (or UPLOADED to your storage), later EXPIRED; FAILED at any point; DELETED after deleteArchive.',
  values: ['STARTING', 'STARTED', 'PAUSED', 'STOPPED', 'UPLOADED', 'AVAILABLE', 'EXPIRED', 'FAILED', 'DELETED'] as const,
});

export const ArchiveOutputModeEnum = builder.enumType('ArchiveOutputMode', {
  values: {
    COMPOSED: { description: 'One file with every stream composed into a layout.' },
    INDIVIDUAL: { description: 'One file per stream (delivered as a ZIP).' },
  } as const,
});

export const TokenFormatEnum = builder.enumType('TokenFormat', {
  description: 'The layout of a client token.',
  values: {
    JWT: { description: 'OpenTok: a JWT (HS256), what current client SDKs expect (the default).' },
    T1: { description: 'OpenTok: the legacy "T1==" token, for old client SDKs.' },
    OPAQUE: { description: 'A provider-made token to pass as is (OpenVidu: the connection URL with its token).' },
  } as const,
});

export const ConnectionStatusEnum = builder.enumType('ConnectionStatus', {
  values: {
    PENDING: { description: 'The token has not been used yet.' },
    ACTIVE: { description: 'A client is connected with it.' },
  } as const,
});

export const ForcedVideoCodecEnum = builder.enumType('ForcedVideoCodec', {
  description: "OpenVidu: the video codec forced on a session's streams.",
  values: FORCED_VIDEO_CODECS,
});

export const RecordingLayoutEnum = builder.enumType('RecordingLayout', {
  description: 'OpenVidu: the layout of a composed recording.',
  values: RECORDING_LAYOUTS,
});
