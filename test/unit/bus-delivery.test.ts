/**
 * How the event bus (src/events/bus.ts) delivers: one listener on the target per topic, each event
 * decoded once and the same object handed to every handler, delivery off the publisher's path in
 * slices that let I/O run between them, and immediate handlers inside the arrival.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type BusEventTarget, createEventBus, DELIVERY_SLICE } from '../../src/events/bus.js';
import type { ArchiveStatusChange } from '../../src/providers/types.js';
import { archiveInfo } from '../helpers/archive-info.js';
import { until } from '../helpers/until.js';

/** An EventTarget that counts the listeners added to it. */
function countingTarget(): BusEventTarget & { listeners: () => number } {
  const inner = new EventTarget();
  let listeners = 0;
  return {
    addEventListener(type, listener) {
      listeners++;
      inner.addEventListener(type, listener);
    },
    removeEventListener(type, listener) {
      listeners--;
      inner.removeEventListener(type, listener);
    },
    dispatchEvent: (event) => inner.dispatchEvent(event),
    listeners: () => listeners,
  };
}

const change = (at: number): ArchiveStatusChange => ({
  archive: archiveInfo('STARTED', { updatedAt: new Date(at) }),
  occurredAt: new Date(at),
  source: 'webhook',
});

describe('event bus delivery', () => {
  it('should keep one listener on the target per topic, and drop it with the last handler', async () => {
    const target = countingTarget();
    const bus = createEventBus(target);
    const stops = Array.from({ length: 50 }, () => bus.listen(() => {}));
    const others = Array.from({ length: 5 }, () => bus.listenOn('broadcast-status', () => {}));
    expect(target.listeners()).toBe(2);
    expect(bus.listenerCount).toBe(55);
    for (const stop of [...stops, ...others]) stop();
    expect(target.listeners()).toBe(0);
    expect(bus.listenerCount).toBe(0);
    await bus.close();
  });

  it('should hand every handler the same decoded change, with real dates, after publish has returned', async () => {
    const bus = createEventBus();
    const heard: ArchiveStatusChange[][] = [[], [], []];
    for (const list of heard) bus.listen((c) => list.push(c));
    bus.publish(change(1_000));
    // Off the publisher's path: nothing has been delivered when publish returns.
    expect(heard.map((list) => list.length)).toEqual([0, 0, 0]);
    await until('every handler heard the change', () => heard.every((list) => list.length === 1));
    expect(heard[1]![0]).toBe(heard[0]![0]);
    expect(heard[2]![0]).toBe(heard[0]![0]);
    expect(heard[0]![0]!.occurredAt).toBeInstanceOf(Date);
    expect(heard[0]![0]!.archive.updatedAt?.getTime()).toBe(1_000);
    await bus.close();
  });

  it('should call an immediate handler inside the arrival, before the others', async () => {
    const bus = createEventBus();
    const order: string[] = [];
    bus.listen(() => order.push('subscriber'));
    bus.listen(() => order.push('immediate'), { immediate: true });
    bus.publish(change(1_000));
    expect(order).toEqual(['immediate']);
    await until('the subscriber heard it', () => order.length === 2);
    expect(order).toEqual(['immediate', 'subscriber']);
    await bus.close();
  });

  it('should let I/O run between slices of a large fan-out, and keep the order of events for each handler', async () => {
    const bus = createEventBus();
    const handlers = DELIVERY_SLICE * 4;
    const heard = Array.from({ length: handlers }, () => [] as number[]);
    let calls = 0;
    for (const list of heard) {
      bus.listen((c) => {
        list.push(c.occurredAt.getTime());
        calls++;
      });
    }
    bus.publish(change(1));
    bus.publish(change(2));
    // A turn of the event loop after the first slice, as a socket write or a request would get.
    await nextTurn();
    await nextTurn();
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(2 * handlers);
    await until('every handler heard both', () => calls === 2 * handlers);
    for (const list of heard) expect(list).toEqual([1, 2]);
    await bus.close();
  });

  it('should go on delivering, to every other handler and every later event, when a handler throws', async () => {
    const errors: unknown[] = [];
    const bus = createEventBus(undefined, { onHandlerError: (error) => errors.push(error) });
    const heard: number[] = [];
    bus.listen(() => {
      throw new Error('a broken subscriber');
    });
    bus.listen(
      () => {
        throw new Error('a broken immediate handler');
      },
      { immediate: true },
    );
    bus.listen((c) => heard.push(c.occurredAt.getTime()));
    bus.publish(change(1));
    bus.publish(change(2));
    await until('both events heard', () => heard.length === 2);
    expect(heard).toEqual([1, 2]);
    expect(errors.map((e) => (e as Error).message).sort()).toEqual([
      'a broken immediate handler',
      'a broken immediate handler',
      'a broken subscriber',
      'a broken subscriber',
    ]);
    await bus.close();
  });

  it('should not call a handler removed while an event is being delivered', async () => {
    const bus = createEventBus();
    let lastCalled = false;
    const stops: (() => void)[] = [];
    // The first handler removes the last one, which is in a later slice.
    stops.push(bus.listen(() => stops.at(-1)!()));
    for (let i = 0; i < DELIVERY_SLICE * 2; i++) stops.push(bus.listen(() => {}));
    stops.push(bus.listen(() => (lastCalled = true)));
    let done = false;
    bus.listen(() => (done = true));
    bus.publish(change(1));
    await until('delivery ended', () => done);
    expect(lastCalled).toBe(false);
    await bus.close();
  });
});
