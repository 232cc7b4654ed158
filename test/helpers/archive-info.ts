import type { ArchiveInfo, ArchiveStatus } from '../../src/providers/types.js';

/** An OpenTok archive `a1` of session `s1` in `status`, as an adapter reports it, for tests that publish archive changes themselves. */
export function archiveInfo(status: ArchiveStatus, overrides: Partial<ArchiveInfo> = {}): ArchiveInfo {
  return {
    provider: 'OPENTOK',
    archiveId: 'a1',
    sessionId: 's1',
    name: null,
    status,
    createdAt: new Date(1_000),
    updatedAt: new Date(2_000),
    duration: null,
    size: null,
    url: null,
    hasAudio: true,
    hasVideo: true,
    outputMode: 'COMPOSED',
    resolution: '640x480',
    reason: null,
    multiArchiveTag: null,
    ...overrides,
  };
}
