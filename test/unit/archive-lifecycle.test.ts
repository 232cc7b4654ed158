import { describe, expect, it } from 'vitest';
import { advances, isFinal } from '../../src/events/archive-lifecycle.js';
import type { ArchiveStatus } from '../../src/providers/types.js';

const seen = (status: ArchiveStatus, at = 1000) => ({ status, at });

describe('archive lifecycle ordering', () => {
  it('should accept the first status of an archive', () => {
    expect(advances(undefined, seen('STOPPED'))).toBe(true);
  });

  it.each([
    ['STARTED', 'STOPPED'],
    ['STARTED', 'AVAILABLE'],
    ['STOPPED', 'AVAILABLE'],
    ['STOPPED', 'UPLOADED'],
    ['AVAILABLE', 'EXPIRED'],
    ['STARTED', 'FAILED'],
    ['AVAILABLE', 'DELETED'],
    ['STARTING', 'STARTED'],
  ] as const)('should move forward from %s to %s', (from, to) => {
    expect(advances(seen(from), seen(to))).toBe(true);
  });

  it.each([
    ['STOPPED', 'STARTED'],
    ['AVAILABLE', 'STOPPED'],
    ['UPLOADED', 'STOPPED'], // OpenTok may send uploaded before stopped
    ['DELETED', 'AVAILABLE'],
    ['EXPIRED', 'AVAILABLE'],
    ['AVAILABLE', 'UPLOADED'],
  ] as const)('should refuse to go back from %s to %s', (from, to) => {
    expect(advances(seen(from), seen(to))).toBe(false);
  });

  it('should drop the same status twice', () => {
    expect(advances(seen('STARTED'), seen('STARTED', 2000))).toBe(false);
    expect(advances(seen('AVAILABLE'), seen('AVAILABLE', 2000))).toBe(false);
  });

  it('should let a recording toggle between STARTED and PAUSED, but not with an older event', () => {
    expect(advances(seen('STARTED', 1000), seen('PAUSED', 2000))).toBe(true);
    expect(advances(seen('PAUSED', 2000), seen('STARTED', 3000))).toBe(true);
    expect(advances(seen('PAUSED', 2000), seen('STARTED', 1000))).toBe(false);
  });

  it('should know the final statuses', () => {
    expect(['AVAILABLE', 'UPLOADED', 'EXPIRED', 'FAILED', 'DELETED'].every((s) => isFinal(s as ArchiveStatus))).toBe(true);
    expect(['STARTING', 'STARTED', 'PAUSED', 'STOPPED'].some((s) => isFinal(s as ArchiveStatus))).toBe(false);
  });
});
