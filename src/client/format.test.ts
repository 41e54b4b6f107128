import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, percent, plural } from './format.ts';
import { escapeHtml } from './html.ts';

describe('formatters', () => {
  it('formats durations and the exam clock', () => {
    expect(formatDuration(112 * 60_000)).toBe('1 h 52 min');
    expect(formatDuration(12 * 60_000 + 30_000)).toBe('12 min');
    expect(formatDuration(4 * 60_000 + 5_000)).toBe('4 min 05 s');
    expect(formatClock(3 * 3600_000 - 53_000)).toBe('2:59:07');
    expect(formatClock(400)).toBe('0:00:01');
    expect(formatClock(-5)).toBe('0:00:00');
  });

  it('formats shares and counts', () => {
    expect(percent(47, 65)).toBe('72 %');
    expect(percent(0, 0)).toBe('–');
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(3, 'question')).toBe('3 questions');
  });

  it('escapes text for HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
