/**
 * The practice exam's clock: the time a running attempt has used and has left, the milestones to
 * announce, and when the next periodic save is due. It counts only while started (the tab that runs
 * the attempt has the exam on screen), on top of the time the attempt had used when it started.
 * `now` (ms) is injected so tests drive it. Pure.
 */

/** Minutes left at which the time is announced. */
export const ANNOUNCE_AT = [120, 90, 60, 30, 15, 10, 5, 1] as const;

/** How often a running attempt is saved even when nothing changed, so a closed tab loses little time. */
export const SAVE_EVERY_MS = 5000;

/** One reading of the clock, taken every second while the exam is on screen. */
export interface ClockReading {
  /** Time left (negative once it ran out). */
  remainingMs: number;
  /** The smallest milestone (minutes left) crossed since the previous reading, if any. */
  milestone: number | undefined;
  timeUp: boolean;
  /** True when `SAVE_EVERY_MS` have passed since the last save. */
  saveDue: boolean;
}

export class ExamClock {
  readonly #limitMs: number;
  readonly #now: () => number;
  /** Time used before the clock last started. */
  #usedBefore: number;
  #startedAt: number | undefined;
  #lastRemaining = Infinity;
  #lastSaved = 0;

  constructor(limitMs: number, elapsedMs: number, now: () => number = Date.now) {
    this.#limitMs = limitMs;
    this.#usedBefore = elapsedMs;
    this.#now = now;
  }

  get running(): boolean {
    return this.#startedAt !== undefined;
  }

  /** Start counting; the first save falls due `SAVE_EVERY_MS` from now. */
  start(): void {
    if (this.running) return;
    this.#startedAt = this.#now();
    this.#lastSaved = this.#startedAt;
    this.#lastRemaining = this.remainingMs();
  }

  /** Stop counting; the time used so far is kept. */
  stop(): void {
    this.#usedBefore = this.#elapsed();
    this.#startedAt = undefined;
  }

  /** Time left; a clock set back (a changed system time) never adds time. */
  remainingMs(): number {
    return this.#limitMs - this.#elapsed();
  }

  /** Time used as an attempt stores it: whole milliseconds, never more than the limit. */
  usedMs(): number {
    return Math.min(this.#limitMs, Math.round(this.#elapsed()));
  }

  /** Read the clock: time left, a milestone crossed since the last reading, whether a save is due. */
  read(): ClockReading {
    const remainingMs = this.remainingMs();
    const milestone = crossedMilestone(this.#lastRemaining, remainingMs);
    this.#lastRemaining = remainingMs;
    return { remainingMs, milestone, timeUp: remainingMs <= 0, saveDue: this.#now() - this.#lastSaved >= SAVE_EVERY_MS };
  }

  /** The attempt was saved now. */
  saved(): void {
    this.#lastSaved = this.#now();
  }

  #elapsed(): number {
    return this.#usedBefore + (this.#startedAt === undefined ? 0 : Math.max(0, this.#now() - this.#startedAt));
  }
}

/** The smallest milestone (minutes) crossed between two readings of the time left, if any. */
export function crossedMilestone(beforeMs: number, nowMs: number): number | undefined {
  const crossed = ANNOUNCE_AT.filter((m) => beforeMs > m * 60_000 && nowMs <= m * 60_000);
  return crossed.length > 0 ? Math.min(...crossed) : undefined;
}

/** "2 hours left.", "90 minutes left.", "1 minute left." */
export function milestoneText(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'} left.`;
  return `${minutes} minute${minutes === 1 ? '' : 's'} left.`;
}
