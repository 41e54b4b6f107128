/**
 * `/theme.js`: the theme and the chosen exam, set before first paint (src/lib/exam/theme-script.ts).
 * Served as a file (Base.astro loads it as a blocking classic script), so the site needs no inline
 * script and runs under `script-src 'self'`.
 */
import { themeScript } from '../lib/exam/theme-script.ts';

export function GET(): Response {
  return new Response(themeScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
