/**
 * The exam-grade bank's figures, on the real content: the right option must not give itself away by
 * its length or its wording, and no two questions may test the same point with near-identical stems.
 * Fails naming the worst questions when the bank drifts past a target (src/lib/bank-figures.ts).
 */
import { describe, expect, it } from 'vitest';
import { bankFigures, checkBankFigures } from './bank-figures.ts';
import { readContent } from '../content/read-content.ts';

const content = readContent(process.cwd());
const { outline } = content;
/** The MLS-C01 bank: MLA-C01-only questions (no MLS-C01 domain) count for neither its figures nor its weights. */
const questions = content.questions.filter((q) => q.data.domain !== undefined);
const figures = bankFigures(questions.map((q) => q.data));

describe('the question bank gives no answer away', () => {
  it('meets every answer-cue target', () => {
    expect(checkBankFigures(figures)).toEqual([]);
  });

  it('has at least 540 questions, a fifth multiple response, each domain within 3 points of its weight', () => {
    expect(figures.questions).toBeGreaterThanOrEqual(540);
    expect(figures.multiple / figures.questions).toBeGreaterThanOrEqual(0.2);
    for (const { id, weight } of outline?.domains ?? []) {
      const domain = Number(id);
      const share = (100 * questions.filter((q) => q.data.domain === domain).length) / questions.length;
      expect(Math.abs(share - weight), `domain ${domain}: ${share.toFixed(1)} % of the bank, weight ${weight} %`).toBeLessThanOrEqual(3);
    }
  });
});

/** The MLA-C01 bank: every question with MLA-C01 ids, counted in the domain of its first id. */
const mla = content.questions.filter((q) => q.data.mla.length > 0);
const mlaFigures = bankFigures(mla.map((q) => q.data));
const mlaDomainOf = (ids: readonly string[]) => ids[0]!.slice('mla:'.length).split('.')[0];

describe('the MLA-C01 bank gives no answer away either, in the weights of its exam', () => {
  it('meets every answer-cue target', () => {
    expect(checkBankFigures(mlaFigures)).toEqual([]);
  });

  it('has at least 300 questions, a fifth multiple response, each domain within 3 points of its weight', () => {
    expect(mlaFigures.questions).toBeGreaterThanOrEqual(300);
    expect(mlaFigures.multiple / mlaFigures.questions).toBeGreaterThanOrEqual(0.2);
    const domains = content.mlaOutline?.domains ?? [];
    expect(domains).toHaveLength(4);
    for (const { id, weight } of domains) {
      const share = (100 * mla.filter((q) => mlaDomainOf(q.data.mla) === id).length) / mla.length;
      expect(Math.abs(share - weight), `MLA-C01 domain ${id}: ${share.toFixed(1)} % of the bank, weight ${weight} %`).toBeLessThanOrEqual(
        3,
      );
    }
  });
});
