import { expect, test } from '@playwright/test';
import { builtHtml, builtPages } from './site.ts';

/** The page's markup without scripts, styles and SVG, where text can only be what a reader sees. */
const readable = (path: string): string => builtHtml(path).replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');

test.describe('copy a reader sees', () => {
  // A line break between a word and an inline element is dropped by the Astro compiler, so
  // "and\n<strong>AWS" renders as "andAWS"; templates write {" "} where the space matters.
  test('no word runs into a link or emphasis on any built page', () => {
    const joined = builtPages().flatMap((path) =>
      [...readable(path).matchAll(/[A-Za-z,;:]<(a|strong|em|b|i)\b[^>]*>[A-Za-z(]|<\/(a|strong|em|b|i)>[A-Za-z(]/g)].map(
        (m) => `${path}: …${readable(path).slice(Math.max(0, m.index - 30), m.index + 30)}…`,
      ),
    );
    expect(joined).toEqual([]);
  });

  test('no research note reaches the reader ("we could not", "not retrievable")', () => {
    const notes = builtPages().filter((path) =>
      /we could not|not retrievable|could not be retrieved/i.test(readable(path).replace(/<[^>]+>/g, ' ')),
    );
    expect(notes).toEqual([]);
  });
});
