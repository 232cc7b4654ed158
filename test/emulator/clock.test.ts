import { describe, expect, it } from 'vitest';
import { Timers } from '../../src/emulator/clock.js';
import { ManualClock } from '../../src/emulator/index.js';
import { ok, startOpenVidu } from './openvidu-helpers.js';

describe('ManualClock', () => {
  it('should move only when advanced, firing due timers in order, each at its own time', () => {
    const clock = new ManualClock(1_000);
    const fired: Array<[string, number]> = [];
    clock.setTimer(30, () => fired.push(['b', clock.now()]));
    clock.setTimer(10, () => fired.push(['a', clock.now()]));
    clock.setTimer(30, () => fired.push(['c', clock.now()]));
    clock.setTimer(100, () => fired.push(['late', clock.now()]));
    expect(clock.pending()).toEqual([10, 30, 30, 100]);

    clock.advance(50);
    expect(fired).toEqual([
      ['a', 1_010],
      ['b', 1_030],
      ['c', 1_030],
    ]);
    expect(clock.now()).toBe(1_050);
    expect(clock.pending()).toEqual([50]);
  });

  it('should fire timers armed while advancing when they fall due in the same window', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    clock.setTimer(10, () => clock.setTimer(10, () => fired.push(clock.now())));
    clock.advance(15);
    expect(fired).toEqual([]);
    clock.advance(5);
    expect(fired).toEqual([20]);
  });

  it('should not fire a cancelled timer', () => {
    const clock = new ManualClock(0);
    let fired = false;
    const cancel = clock.setTimer(10, () => {
      fired = true;
    });
    cancel();
    clock.advance(20);
    expect(fired).toBe(false);
    expect(clock.pending()).toEqual([]);
  });

  it('should let promise work between timers arm the next one with advanceAsync', async () => {
    const clock = new ManualClock(0);
    const timers = new Timers(clock);
    const steps: number[] = [];
    const work = (async () => {
      await timers.sleep(100);
      steps.push(clock.now());
      await timers.sleep(200);
      steps.push(clock.now());
    })();
    await clock.advanceAsync(300);
    await work;
    expect(steps).toEqual([100, 300]);
  });
});

describe('Timers', () => {
  it('should cancel every pending timer on close and refuse new ones', () => {
    const clock = new ManualClock(0);
    const timers = new Timers(clock);
    const fired: string[] = [];
    timers.after(10, () => fired.push('before close'));
    timers.close();
    timers.after(10, () => fired.push('after close'));
    clock.advance(100);
    expect(fired).toEqual([]);
    expect(clock.pending()).toEqual([]);
  });
});

describe('createEmulator({ clock })', () => {
  it('should take its timestamps from the clock it is given', async () => {
    const clock = new ManualClock(Date.UTC(2030, 0, 1));
    const emu = await startOpenVidu({ clock });
    try {
      expect((await ok(emu, 'POST', '/sessions', 200, { body: {} })).createdAt).toBe(Date.UTC(2030, 0, 1));
      clock.advance(1_500);
      expect((await ok(emu, 'POST', '/sessions', 200, { body: {} })).createdAt).toBe(Date.UTC(2030, 0, 1) + 1_500);
    } finally {
      await emu.close();
    }
  });
});
