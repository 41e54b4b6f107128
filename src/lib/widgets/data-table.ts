/** Sorting and filtering of table rows by cell text (the logic of `sg-data-table`). */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Stable sort of rows by their key text, numbers in natural order. */
export function sortRows<T extends { key: string }>(rows: readonly T[], ascending: boolean): T[] {
  return [...rows].sort((a, b) => (ascending ? 1 : -1) * collator.compare(a.key, b.key));
}

/**
 * The distinct values a column offers as filters: each cell split into its items ("Classification,
 * regression (AutoML)" → "Classification", "Regression"), parenthetical remarks dropped, sorted.
 */
export function filterTokens(cells: readonly string[]): string[] {
  const tokens = new Map<string, string>();
  for (const cell of cells) {
    for (const part of cell.replace(/\([^)]*\)/g, '').split(/,|;|\bor\b|\band\b|\//)) {
      const clean = part.trim().replace(/\s+/g, ' ');
      if (clean.length < 2) continue;
      const label = clean.charAt(0).toUpperCase() + clean.slice(1);
      const key = label.toLowerCase();
      if (!tokens.has(key)) tokens.set(key, label);
    }
  }
  return [...tokens.values()].sort((a, b) => collator.compare(a, b));
}

/** True when the cell mentions the chosen value (or no value is chosen). */
export function rowMatches(cell: string, value: string): boolean {
  if (!value) return true;
  return cell
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .includes(value.toLowerCase());
}
