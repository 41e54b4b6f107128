import { describe, expect, it } from 'vitest';
import { readContent } from '../content/read-content.ts';
import { mlaDomainOf } from '../outline/mla-outline.ts';
import { assembleExam, EXAM_BLUEPRINT, EXAM_LENGTH, EXAM_MINUTES } from './exam-assembly.ts';
import {
  attemptsOf,
  blueprintFor,
  examDomainOf,
  examOf,
  examTasksOf,
  inExam,
  mlaExamDefinition,
  mlsExamDefinition,
  parseScale,
} from './exam-definition.ts';
import { PASSING_SCORE } from './score-exam.ts';

const { outline, mlaOutline, questions } = readContent(process.cwd());
const mla = mlaOutline!;
const fact = (id: string) => mla.facts.find((f) => f.id === id)!;

describe('blueprintFor', () => {
  it('gives each domain its whole share and the rest to the largest remainders', () => {
    expect(blueprintFor({ 1: 28, 2: 26, 3: 22, 4: 24 }, 65)).toEqual({ 1: 18, 2: 17, 3: 14, 4: 16 });
    expect(blueprintFor({ 1: 28, 2: 26, 3: 22, 4: 24 }, 50)).toEqual({ 1: 14, 2: 13, 3: 11, 4: 12 });
    expect(blueprintFor({ 1: 1, 2: 1, 3: 1 }, 4)).toEqual({ 1: 2, 2: 1, 3: 1 });
  });

  it('reproduces the MLS-C01 blueprint from the MLS-C01 weights', () => {
    const weights = Object.fromEntries(outline!.domains.map((d) => [Number(d.id), d.weight]));
    expect(blueprintFor(weights, EXAM_LENGTH)).toEqual(EXAM_BLUEPRINT);
    expect(mlsExamDefinition(weights)).toMatchObject({
      code: 'MLS-C01',
      length: EXAM_LENGTH,
      minutes: EXAM_MINUTES,
      passingScore: PASSING_SCORE,
      blueprint: EXAM_BLUEPRINT,
      lockName: 'sg-exam-attempt',
      attemptPrefix: 'exam-',
    });
  });
});

describe('the MLA-C01 practice exam', () => {
  const def = mlaExamDefinition(mla);

  it('reads its length, minutes and pass mark from the MLA-C01 facts', () => {
    expect(def.scored).toBe(fact('scored-questions').value);
    expect(def.unscored).toBe(fact('unscored-questions').value);
    expect(def.length).toBe(def.scored + def.unscored);
    expect(def.minutes).toBe(fact('duration').value);
    expect(def.minutesStated).toBe(fact('duration').status !== 'not-stated');
    if (!def.minutesStated) expect(def.minutesNote).toBe(fact('duration').note);
    expect(def.passingScore).toBe(fact('passing-score').value);
    expect([def.scaleMin, def.scaleMax]).toEqual(parseScale(String(fact('score-scale').value)));
    expect(def.href).toBe('/practice/mla-exam/');
    expect(def.lockName).not.toBe(mlsExamDefinition({}).lockName);
  });

  it('draws its domains in the MLA-C01 weights', () => {
    expect(def.weights).toEqual(Object.fromEntries(mla.domains.map((d) => [Number(d.id), d.weight])));
    expect(Object.values(def.blueprint).reduce((a, b) => a + b, 0)).toBe(def.length);
    for (const d of mla.domains) expect(Math.abs(def.blueprint[Number(d.id)]! - (def.length * d.weight) / 100)).toBeLessThan(1);
  });

  it('counts a question in the MLA-C01 domain of its first mla id, and draws the blueprint from the bank', () => {
    const bank = questions.flatMap(({ data: q }) => {
      const domain = mlaDomainOf(q.mla);
      return domain === null ? [] : [{ id: q.id, domain }];
    });
    const available = (d: number) => bank.filter((q) => q.domain === d).length;
    const ids = assembleExam(bank, new Map(), 11, def.blueprint);
    expect(ids).toHaveLength(Math.min(def.length, bank.length));
    const domainOf = new Map(bank.map((q) => [q.id, q.domain]));
    for (const [d, count] of Object.entries(def.blueprint)) {
      // Exactly the blueprint where the bank has enough; a short domain gives all it has.
      expect(ids.filter((id) => domainOf.get(id) === Number(d)).length).toBeGreaterThanOrEqual(Math.min(count, available(Number(d))));
      if (bank.length >= def.length && Object.keys(def.blueprint).every((k) => available(Number(k)) >= def.blueprint[Number(k)]!)) {
        expect(ids.filter((id) => domainOf.get(id) === Number(d))).toHaveLength(count);
      }
    }
  });

  it('names a missing or malformed fact with the file, the field and what is allowed', () => {
    const without = { ...mla, facts: mla.facts.filter((f) => f.id !== 'duration') };
    expect(() => mlaExamDefinition(without)).toThrow('content/mla-outline.yaml › facts: no fact "duration"');
    const bad = { ...mla, facts: mla.facts.map((f) => (f.id === 'passing-score' ? { ...f, value: 'high' } : f)) };
    expect(() => mlaExamDefinition(bad)).toThrow('facts › passing-score › value: found "high"; allowed: a whole number above 0');
    expect(() => parseScale('one to ten')).toThrow('score-scale › value: found "one to ten"');
  });
});

describe('which exam a question and an attempt belong to', () => {
  const q = { domain: null, tasks: [], mlaDomain: 2, mla: ['mla:2.1.k1'] };

  it('reads the MLS-C01 or the MLA-C01 tags, and draws only the types the exam shows', () => {
    expect(inExam({ ...q, type: 'single' }, 'MLA-C01')).toBe(true);
    expect(inExam({ ...q, type: 'single' }, 'MLS-C01')).toBe(false);
    // MLA-C01 has ordering and matching questions; MLS-C01 had only single and multiple.
    expect(inExam({ ...q, type: 'ordering' }, 'MLA-C01')).toBe(true);
    expect(inExam({ ...q, type: 'matching' }, 'MLA-C01')).toBe(true);
    expect(inExam({ ...q, domain: 2, type: 'ordering' }, 'MLS-C01')).toBe(false);
    expect(inExam({ ...q, type: 'essay' }, 'MLA-C01')).toBe(false);
    expect(examDomainOf(q, 'MLS-C01')).toBeNull();
    expect(examDomainOf(q, 'MLA-C01')).toBe(2);
    expect(examTasksOf(q, 'MLA-C01')).toEqual(['mla:2.1.k1']);
  });

  it('treats an attempt without `exam` as MLS-C01 and keeps the histories apart', () => {
    const exams = [{ id: 'exam-1' }, { id: 'mla-c01-2', exam: 'MLA-C01' }, { id: 'aip-3', exam: 'AIP-C01' }];
    expect(examOf(exams[0]!)).toBe('MLS-C01');
    expect(attemptsOf(exams, 'MLS-C01').map((e) => e.id)).toEqual(['exam-1']);
    expect(attemptsOf(exams, 'MLA-C01').map((e) => e.id)).toEqual(['mla-c01-2']);
  });
});
