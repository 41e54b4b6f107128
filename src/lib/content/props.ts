/**
 * Checks for the props authors give components in MDX, which no type checker sees. A bad value
 * fails the build with the component, the page, the prop, the value found and what is allowed:
 * `<Calculator type> on /modeling/evaluation-metrics/: found "confusio"; allowed: confusion, regression, scaling, shards`.
 * Pure.
 */

/** The error for a bad prop value. */
export function propError(component: string, page: string, prop: string, found: unknown, allowed: string): Error {
  return new Error(`<${component} ${prop}> on /${page}/: found ${JSON.stringify(found)}; allowed: ${allowed}`);
}

/** `value` if it is one of `allowed`, else a build error. */
export function oneOf<const T extends string>(component: string, page: string, prop: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw propError(component, page, prop, value, allowed.join(', '));
}

/** Every value of `values` that is not in `allowed`. */
export function unknownValues(values: readonly string[], allowed: readonly string[]): string[] {
  return values.filter((v) => !allowed.includes(v));
}

/** The text of every header cell of the HTML tables in `html`, tags and entities stripped. */
export function tableHeaders(html: string): string[] {
  return [...html.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .trim(),
  );
}
