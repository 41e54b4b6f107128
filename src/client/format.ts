/** Small formatters for what elements write on screen. Pure. */

/** "1 h 52 min", "12 min", "4 min 05 s" under ten minutes. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m >= 10) return `${m} min`;
  return `${m} min ${String(s).padStart(2, '0')} s`;
}

/** Clock text: 2:59:07 (seconds rounded up, so the clock reads 0:00:00 only when time is up). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** "72 %", or "–" when there is nothing to divide by. */
export const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

/** "1 question", "3 questions". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
