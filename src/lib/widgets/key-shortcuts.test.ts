import { describe, expect, it } from 'vitest';
import { matchesShortcut, type KeyPress } from './key-shortcuts.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('matchesShortcut', () => {
  it('matches any of the listed shortcuts, whatever the key case', () => {
    expect(matchesShortcut('Control+K Meta+K', press('k', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut('Control+K Meta+K', press('K', { metaKey: true }))).toBe(true);
  });

  it('needs the modifiers exactly', () => {
    expect(matchesShortcut('Control+K', press('k'))).toBe(false);
    expect(matchesShortcut('Control+K', press('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesShortcut('Control+K', press('k', { metaKey: true }))).toBe(false);
  });

  it('matches a key without modifiers and nothing for an empty value', () => {
    expect(matchesShortcut('Escape', press('Escape'))).toBe(true);
    expect(matchesShortcut('', press('k', { ctrlKey: true }))).toBe(false);
  });
});
