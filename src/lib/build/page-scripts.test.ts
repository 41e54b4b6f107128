import { describe, expect, it } from 'vitest';
import { pageScripts } from './page-scripts.ts';

describe('pageScripts', () => {
  it('collects inline scripts, external modules and their imports once, skipping JSON', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import{x}from"./b.js";import"/_astro/c.js";',
      '/_astro/b.js': 'import"./c.js";export const x=1',
      '/_astro/c.js': 'console.log(1)',
    };
    const html =
      '<script>var t=1</script><script type="application/json">{"a":1}</script>' +
      '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>';
    const names = pageScripts(html, (p) => files[p]).map((s) => s.name);
    expect(names).toEqual(['inline script 1', '/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
  });
});
