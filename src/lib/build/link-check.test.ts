import { describe, expect, it } from 'vitest';
import { extractHrefs, extractIds, findBrokenLinks } from './link-check.ts';

const origin = 'http://localhost:4321';

describe('link check', () => {
  it('extracts ids and hrefs, decoding entities and ignoring scripts', () => {
    const html = '<h2 id="a&amp;b">x</h2><a class="x" href="/p/?q=1&amp;r=2">p</a><script>const s = \'<a href="/fake/">\';</script>';
    expect([...extractIds(html)]).toEqual(['a&b']);
    expect(extractHrefs(html)).toEqual(['/p/?q=1&r=2']);
  });

  it('finds missing pages, missing fragments and missing trailing slashes', () => {
    const pages = new Map([
      ['/', '<a href="/guide/#intro">ok</a><a href="/guide/#nope">bad</a><a href="/gone/">bad</a><a href="/guide">slash</a>'],
      [
        '/guide/',
        '<h2 id="intro">Intro</h2><a href="#intro">self</a><a href="../">up</a><a href="/favicon.svg">icon</a><a href="https://docs.aws.amazon.com/">ext</a>',
      ],
    ]);
    const broken = findBrokenLinks(pages, new Set(['/favicon.svg']), origin);
    expect(broken).toEqual([
      { from: '/', href: '/guide/#nope', reason: 'no element with id "nope" on /guide/' },
      { from: '/', href: '/gone/', reason: 'no such page or file' },
      { from: '/', href: '/guide', reason: 'missing trailing slash (the page is /guide/)' },
    ]);
  });
});
