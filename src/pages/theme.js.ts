/**
 * `/theme.js`: the one script that must run before first paint, so the saved light/dark choice never
 * flashes the other theme. Served as a file (Base.astro loads it as a blocking classic script), so the
 * site needs no inline script and runs under `script-src 'self'`.
 */
import { THEME_KEY } from '../config.ts';

export function GET(): Response {
  const body = `try {
  var saved = localStorage.getItem(${JSON.stringify(THEME_KEY)});
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch (error) {
  // Storage is blocked: the system theme applies.
}
`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
