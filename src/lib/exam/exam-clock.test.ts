import { describe, expect, it } from 'vitest';
import { crossedMilestone, ExamClock, milestoneText, SAVE_EVERY_MS } from './exam-clock.ts';

/** A clock over a hand-moved time. */
function clockAt(limitMs: number, elapsedMs: number) {
  let now = Date.parse('2026-12-03T09:00:00Z');
  const clock = new ExamClock(limitMs, elapsedMs, () => now);
  return { clock, advance: (ms: number) => (now += ms) };
}

describe('the exam clock', () => {
  it('counts only while started, on top of the time used before', () => {
    const { clock, advance } = clockAt(60_000, 10_000);
    advance(5000);
    expect(clock.remainingMs()).toBe(50_000);
    clock.start();
    advance(7000);
    expect(clock.remainingMs()).toBe(43_000);
    clock.stop();
    advance(20_000);
    expect(clock.usedMs()).toBe(17_000);
    clock.start();
    advance(1000);
    expect(clock.usedMs()).toBe(18_000);
  });

  it('stores whole milliseconds, never more than the limit, and says when time is up', () => {
    const { clock, advance } = clockAt(10_000, 0);
    clock.start();
    advance(4000.6);
    expect(clock.usedMs()).toBe(4001);
    advance(7000);
    expect(clock.usedMs()).toBe(10_000);
    expect(clock.read()).toMatchObject({ timeUp: true });
    expect(clock.remainingMs()).toBeLessThan(0);
  });

  it('never adds time when the system clock goes back', () => {
    const { clock, advance } = clockAt(60_000, 0);
    clock.start();
    advance(-30_000);
    expect(clock.remainingMs()).toBe(60_000);
  });

  it('reports each milestone once, the smallest when several are crossed', () => {
    const { clock, advance } = clockAt(181 * 60_000, 0);
    clock.start();
    expect(clock.read().milestone).toBeUndefined();
    advance(61 * 60_000 + 1);
    expect(clock.read().milestone).toBe(120);
    expect(clock.read().milestone).toBeUndefined();
    advance(116 * 60_000);
    expect(clock.read()).toMatchObject({ milestone: 5, timeUp: false });
  });

  it('falls due for a save every few seconds after the last one', () => {
    const { clock, advance } = clockAt(60_000, 0);
    clock.start();
    advance(SAVE_EVERY_MS - 1);
    expect(clock.read().saveDue).toBe(false);
    advance(1);
    expect(clock.read().saveDue).toBe(true);
    clock.saved();
    expect(clock.read().saveDue).toBe(false);
  });
});

describe('milestones', () => {
  it('announce the smallest milestone crossed, in words', () => {
    expect(crossedMilestone(61 * 60_000, 59 * 60_000)).toBe(60);
    expect(crossedMilestone(31 * 60_000, 4 * 60_000)).toBe(5);
    expect(crossedMilestone(59 * 60_000, 58 * 60_000)).toBeUndefined();
    expect(milestoneText(120)).toBe('2 hours left.');
    expect(milestoneText(60)).toBe('1 hour left.');
    expect(milestoneText(90)).toBe('90 minutes left.');
    expect(milestoneText(1)).toBe('1 minute left.');
  });
});
