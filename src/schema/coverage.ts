import type { Feature, ProviderCapabilities, ProviderName } from '../providers/types.js';

/**
 * Which GraphQL operations each provider serves, derived from the capabilities its adapter
 * declares: the same data `Query.providers` reports and `requireSupport` enforces. The README's
 * coverage table is printed from it (`npm run coverage`; a test fails when they drift).
 */

/** One line of the table: the operations of one capability, and the feature a provider must declare (null: every provider). */
interface CoverageLine {
  operations: string;
  feature: Feature | null;
}

const LINES: readonly CoverageLine[] = [
  { operations: '`createSession`, `session`, `generateToken`', feature: null },
  { operations: '`sessions` (list every session)', feature: 'listSessions' },
  { operations: '`createSession(customSessionId)`', feature: 'customSessionIds' },
  { operations: '`closeSession`', feature: 'closeSession' },
  { operations: '`Session.connections`', feature: 'connections' },
  { operations: '`Session.streams`, `stream`', feature: null },
  { operations: '`startArchive`, `stopArchive`, `archive`, `archives`, `deleteArchive`, `archiveStatusChanged`', feature: 'archives' },
  { operations: '`setArchiveLayout`', feature: 'archiveLayouts' },
  { operations: '`addArchiveStream`, `removeArchiveStream`', feature: 'archiveStreams' },
  {
    operations:
      '`startBroadcast`, `stopBroadcast`, `broadcast`, `broadcasts`, `setBroadcastLayout`, `addBroadcastStream`, `removeBroadcastStream`, `broadcastStatusChanged`',
    feature: 'broadcasts',
  },
  { operations: '`sendSignal`', feature: 'signals' },
  { operations: '`forceDisconnect`', feature: 'forceDisconnect' },
  { operations: '`forceUnpublish`', feature: 'forceUnpublish' },
  { operations: '`muteStream`, `muteSession`', feature: 'forceMute' },
  { operations: '`setStreamLayoutClasses`', feature: 'streamLayoutClasses' },
  { operations: '`dialSip`, `playDtmf`', feature: 'sip' },
  { operations: '`startRender`, `stopRender`, `render`, `renders` (Experience Composer)', feature: 'renders' },
  { operations: '`connectAudioStream` (Audio Connector)', feature: 'audioConnector' },
  { operations: '`startCaptions`, `stopCaptions` (live captions)', feature: 'captions' },
  { operations: '`connectIpCamera` (RTSP)', feature: 'ipCameras' },
  { operations: 'webhooks (`/webhooks/<provider>`)', feature: 'webhooks' },
];

/** The coverage table in Markdown, one column per provider, from their declared capabilities. */
export function coverageTable(providers: readonly { name: ProviderName; capabilities: ProviderCapabilities }[]): string {
  const header = `| operation | ${providers.map((p) => p.name).join(' | ')} |`;
  const rule = `| --- | ${providers.map(() => '---').join(' | ')} |`;
  const rows = LINES.map(
    (line) =>
      `| ${line.operations} | ${providers.map((p) => (line.feature === null || p.capabilities[line.feature] ? 'yes' : 'no')).join(' | ')} |`,
  );
  const formats = `| token formats | ${providers.map((p) => p.capabilities.tokenFormats.join(', ')).join(' | ')} |`;
  return [header, rule, ...rows, formats].join('\n');
}
