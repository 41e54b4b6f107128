import { describe, expect, it } from 'vitest';
import { inShownOrder, newSeed, optionOrder } from './option-order.ts';

const ids = ['a', 'b', 'c', 'd'];

describe('optionOrder', () => {
  it('is a permutation of the option ids', () => {
    for (let seed = 0; seed < 50; seed++) expect([...optionOrder(seed, 'q1', ids)].sort()).toEqual(ids);
  });

  it('gives the same order for the same seed and question', () => {
    expect(optionOrder(12345, 'd1-kds-shard-count', ids)).toEqual(optionOrder(12345, 'd1-kds-shard-count', ids));
  });

  it('differs between seeds and between questions, and rarely keeps the authored order', () => {
    const orders = new Set<string>();
    let authored = 0;
    for (let seed = 1; seed <= 240; seed++) {
      const order = optionOrder(seed, 'q', ids).join('');
      orders.add(order);
      if (order === 'abcd') authored++;
    }
    expect(orders.size).toBe(24);
    // 1 in 24 expected (10 of 240); a biased shuffle would show far more.
    expect(authored).toBeLessThan(25);
    const perQuestion = new Set(Array.from({ length: 20 }, (_, i) => optionOrder(7, `q${i}`, ids).join('')));
    expect(perQuestion.size).toBeGreaterThan(8);
  });

  it('puts every option in every position about equally often', () => {
    const counts = ids.map(() => [0, 0, 0, 0]);
    for (let seed = 0; seed < 4000; seed++) {
      optionOrder(seed, 'q', ids).forEach((id, position) => counts[ids.indexOf(id)]![position]!++);
    }
    for (const row of counts) for (const n of row) expect(n).toBeGreaterThan(850);
  });
});

describe('inShownOrder', () => {
  const question = { id: 'q', options: ids.map((id) => ({ id, text: id.toUpperCase() })) };

  it('keeps the authored order without a seed', () => {
    expect(inShownOrder(question, undefined)).toBe(question);
  });

  it('reorders the option objects, leaving the question untouched', () => {
    const shown = inShownOrder(question, 99);
    expect(shown.options.map((o) => o.id)).toEqual(optionOrder(99, 'q', ids));
    expect(question.options.map((o) => o.id)).toEqual(ids);
  });
});

describe('newSeed', () => {
  it('returns 32-bit unsigned integers', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });
});
