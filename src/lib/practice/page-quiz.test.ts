import { describe, expect, it } from 'vitest';
import { hasPageDrill, PAGE_QUIZ_SIZE, splitPageQuiz } from './page-quiz.ts';

describe('a page quiz', () => {
  it('shows every question of a page with up to ten, and has no drill', () => {
    const ids = Array.from({ length: PAGE_QUIZ_SIZE }, (_, i) => `q${i}`);
    expect(splitPageQuiz(ids)).toEqual({ inline: ids, more: 0 });
    expect(hasPageDrill(ids.length)).toBe(false);
  });

  it('shows the first ten of a longer page in order and counts the rest for its drill', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `q${i}`);
    const { inline, more } = splitPageQuiz(ids);
    expect(inline).toEqual(ids.slice(0, 10));
    expect(more).toBe(13);
    expect(hasPageDrill(ids.length)).toBe(true);
  });
});
