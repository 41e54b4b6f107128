import { expect, test } from '@playwright/test';
import { builtHtml, builtPages } from './site.ts';

test.describe('strict Content Security Policy', () => {
  test("no built page has an inline script that would need more than script-src 'self'", () => {
    const offenders = builtPages().filter((path) =>
      [...builtHtml(path).matchAll(/<script\b([^>]*)>/g)].some(
        ([, attrs = '']) => !/\bsrc=/.test(attrs) && !/type="application\/json"/.test(attrs),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
