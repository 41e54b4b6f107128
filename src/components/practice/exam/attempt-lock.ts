/**
 * One running attempt of each practice exam per learner across the tabs of a browser, with the Web
 * Locks API. The tab that runs the attempt holds the exam's lock (`sg-exam-attempt` for MLS-C01, its
 * `lockName` in exam-definition.ts) until it submits, leaves the exam or closes; another tab asks for it only when the learner starts, resumes or takes over. Taking over
 * steals the lock, and the tab that held it is told at once (`onLost`), so it stops its clock and
 * saving before the new holder reads the attempt.
 *
 * Where `navigator.locks` is missing (an old browser, or a page not served securely) every tab may
 * run the attempt, as before locks existed: `acquire` always grants and nothing is ever held elsewhere.
 */
/** The Web Locks API, or undefined where the browser lacks it. */
const lockManager = (): LockManager | undefined => (navigator as Partial<Navigator>).locks;

export class AttemptLock {
  readonly #name: string;
  readonly #onLost: () => void;
  /** Ends the lock request's callback, which releases the lock; set while this tab holds it. */
  #release: (() => void) | undefined;

  constructor(name: string, onLost: () => void) {
    this.#name = name;
    this.#onLost = onLost;
  }

  get held(): boolean {
    return this.#release !== undefined || !lockManager();
  }

  /**
   * Hold the lock. With `takeOver`, take it from the tab that holds it; otherwise resolve false when
   * another tab holds it.
   */
  acquire(takeOver: boolean): Promise<boolean> {
    const locks = lockManager();
    if (!locks || this.#release) return Promise.resolve(true);
    return new Promise((settle) => {
      let granted = false;
      locks
        .request(this.#name, takeOver ? { steal: true } : { ifAvailable: true }, (lock) => {
          granted = lock !== null;
          settle(granted);
          if (!lock) return undefined;
          return new Promise<void>((release) => (this.#release = release));
        })
        .catch(() => {
          // The request is rejected when another tab steals the lock (an AbortError); before it
          // was granted, locks failed here, and the exam runs without them.
          if (!granted) settle(true);
          else if (this.#release) {
            this.#release = undefined;
            this.#onLost();
          }
        });
    });
  }

  /** Let the lock go (submitted, back at the start, page closed); no-op when not held. */
  release(): void {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  /** True when another tab holds the lock, i.e. runs the attempt. */
  async heldElsewhere(): Promise<boolean> {
    const locks = lockManager();
    if (!locks || this.#release) return false;
    try {
      const { held = [] } = await locks.query();
      return held.some((lock) => lock.name === this.#name);
    } catch {
      return false;
    }
  }
}
