import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HASH_DIGITS, precacheManifest, unprecachedLinks, urlOf } from './precache.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('precache manifest', () => {
  it('maps index files to their directory URLs', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('modeling/xgboost/index.html')).toBe('/modeling/xgboost/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('keeps pages, drills, assets and the search index with their hashes, and leaves out what readers never load', () => {
    const { files } = precacheManifest(
      [
        { path: 'sw.js', hash: '1' },
        { path: 'index.html', hash: '2' },
        { path: 'pagefind/pagefind-ui.js', hash: '3' },
        { path: 'pagefind/pagefind-component-ui.js', hash: '4' },
        { path: 'pagefind/fragment/en_1.pf_fragment', hash: '5' },
        { path: 'data/questions.json', hash: '6' },
        { path: 'data/exam-bank.json', hash: '7' },
        { path: 'practice/drills/domain-1/index.html', hash: '8' },
        { path: 'practice/drills/task-1-1/index.html', hash: '9' },
        { path: '_headers', hash: 'a' },
        { path: 'robots.txt', hash: 'b' },
        { path: 'sitemap-index.xml', hash: 'c' },
      ],
      sha,
    );
    expect(Object.keys(files)).toEqual([
      '/data/exam-bank.json',
      '/',
      '/pagefind/fragment/en_1.pf_fragment',
      '/pagefind/pagefind-component-ui.js',
      '/practice/drills/domain-1/',
      '/practice/drills/task-1-1/',
    ]);
    expect(files['/']).toBe('2');
    const long = precacheManifest([{ path: 'index.html', hash: sha('x') }], sha).files['/'];
    expect(long).toBe(sha('x').slice(0, HASH_DIGITS));
  });

  it('changes the version when any precached file changes, and only then', () => {
    const a = precacheManifest(
      [
        { path: 'index.html', hash: 'x' },
        { path: 'sw.js', hash: '1' },
      ],
      sha,
    ).version;
    expect(
      precacheManifest(
        [
          { path: 'index.html', hash: 'x' },
          { path: 'sw.js', hash: '2' },
        ],
        sha,
      ).version,
    ).toBe(a);
    expect(
      precacheManifest(
        [
          { path: 'index.html', hash: 'y' },
          { path: 'sw.js', hash: '1' },
        ],
        sha,
      ).version,
    ).not.toBe(a);
  });

  it('finds links from a precached page to a page that would fail offline', () => {
    const pages = new Map([
      ['/', '<a href="/a/">a</a> <a href="/b/#x">b</a> <a href="/data/questions.json">data</a> <a href="https://aws.amazon.com/">aws</a>'],
      ['/a/', '<a href="../b/">b</a>'],
      ['/b/', '<a href="/">home</a>'],
    ]);
    expect(unprecachedLinks(pages, new Set(['/', '/a/', '/b/']))).toEqual([]);
    expect(unprecachedLinks(pages, new Set(['/', '/a/']))).toEqual([
      { from: '/', to: '/b/' },
      { from: '/a/', to: '/b/' },
    ]);
  });
});
