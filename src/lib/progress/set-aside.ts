/**
 * Copies of saved progress that could not be read, kept aside under `sg-progress:set-aside:<ISO time>`
 * so the learner can export, restore or delete them from the progress page. Pure, over a Storage-like
 * object.
 *
 * A copy is stored as `{ "format": SET_ASIDE_FORMAT, "at": "<ISO>", "reason": "<words>", "raw": "<text>" }`;
 * a copy kept by an earlier version of the guide is the bare text, listed with no reason.
 *
 * At most `MAX_SET_ASIDE` copies are kept: a copy is as large as the record it came from (a heavy
 * learner's is about 1 MB) and a site has about 5 MB of storage, so three copies still leave room for
 * the record itself; setting aside a fourth deletes the oldest, and says so.
 */
import { type ProgressRecord, readProgress, SET_ASIDE_PREFIX } from './progress-record.ts';
import { implausible } from './plausibility.ts';

export const SET_ASIDE_FORMAT = 'mls-c01-set-aside';
export const MAX_SET_ASIDE = 3;

export interface SetAsideCopy {
  key: string;
  /** ISO time it was set aside. */
  at: string;
  /** Why it was set aside; undefined for a copy kept by an earlier version of the guide. */
  reason: string | undefined;
  /** The text that could not be read, as it was. */
  raw: string;
}

/** What the set-aside functions need of storage. */
export type ShelfStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const encodeSetAside = (at: string, reason: string, raw: string): string =>
  JSON.stringify({ format: SET_ASIDE_FORMAT, at, reason, raw });

export function decodeSetAside(key: string, value: string): SetAsideCopy {
  const at = key.slice(SET_ASIDE_PREFIX.length);
  try {
    const data = JSON.parse(value) as Partial<SetAsideCopy> & { format?: unknown };
    if (data.format === SET_ASIDE_FORMAT && typeof data.raw === 'string' && typeof data.reason === 'string') {
      return { key, at: typeof data.at === 'string' ? data.at : at, reason: data.reason, raw: data.raw };
    }
  } catch {
    // Not an envelope: a bare copy from an earlier version.
  }
  return { key, at, reason: undefined, raw: value };
}

/** The set-aside keys in storage, oldest first (their names end in an ISO time). */
export function setAsideKeys(storage: ShelfStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** The copies in storage, oldest first. */
export const listSetAside = (storage: ShelfStorage): SetAsideCopy[] =>
  setAsideKeys(storage).flatMap((key) => {
    const value = storage.getItem(key);
    return value === null ? [] : [decodeSetAside(key, value)];
  });

/** The keys to delete so that `incoming` more copies fit under the cap, oldest first. */
export const overCap = (keys: readonly string[], incoming = 1): string[] =>
  keys.slice(0, Math.max(0, keys.length + incoming - MAX_SET_ASIDE));

/**
 * Keep `raw` aside with its reason, deleting the oldest copies beyond the cap; returns the new key
 * and how many old copies were deleted. Throws what `setItem` throws (a full storage), having
 * deleted nothing.
 */
export function setAside(storage: ShelfStorage, raw: string, reason: string, now: Date): { key: string; deleted: number } {
  let at = now.getTime();
  while (storage.getItem(`${SET_ASIDE_PREFIX}${new Date(at).toISOString()}`) !== null) at += 1;
  const iso = new Date(at).toISOString();
  const key = `${SET_ASIDE_PREFIX}${iso}`;
  const old = overCap(setAsideKeys(storage));
  storage.setItem(key, encodeSetAside(iso, reason, raw));
  for (const k of old) storage.removeItem(k);
  return { key, deleted: old.length };
}

/**
 * What of a set-aside copy this version of the guide can take back: the readable, plausible entries,
 * or why there are none. `now` is the time of the check.
 */
export function salvage(raw: string, now: Date): { ok: true; record: ProgressRecord } | { ok: false; reason: string } {
  const { record } = readProgress(raw);
  if (Object.keys(record.answers).length + Object.keys(record.cards).length + record.exams.length === 0) {
    return { ok: false, reason: 'nothing in it can be read by this version of the guide' };
  }
  const problems = implausible(record, now);
  if (problems.length > 0) return { ok: false, reason: `it does not look like real progress: ${problems.slice(0, 3).join('; ')}` };
  return { ok: true, record };
}
