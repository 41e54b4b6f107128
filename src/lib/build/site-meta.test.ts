import { describe, expect, it } from 'vitest';
import { canonicalUrl, robotsTxt } from './site-meta.ts';

describe('site address in pages and robots.txt', () => {
  const site = new URL('https://guide.example.org');

  it('gives absolute canonical URLs and a Sitemap line on the public origin', () => {
    expect(canonicalUrl('/modeling/xgboost/', site)?.href).toBe('https://guide.example.org/modeling/xgboost/');
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://guide.example.org/sitemap-index.xml\n');
  });

  it('leaves both out when the origin is unknown, instead of pointing them at localhost', () => {
    expect(canonicalUrl('/modeling/xgboost/', undefined)).toBeUndefined();
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
