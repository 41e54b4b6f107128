import { describe, expect, it } from 'vitest';
import { indexMlaOutline, mlaDomainOf, mlaFactLabel, mlaItems, mlaKind, mlaKindLabel, mlaLabel } from './mla-outline.ts';
import { readContent } from '../content/read-content.ts';

const { mlaOutline } = readContent(process.cwd());

describe('the MLA-C01 outline', () => {
  it("has AWS's counts per task statement, knowledge items before skills", () => {
    const perTask = mlaOutline!.domains.flatMap((d) => d.tasks.map((t) => `${mlaLabel(t.id)} ${t.knowledge.length}/${t.skills.length}`));
    // The counts of AWS's exam guide (team reference: mla-c01-exam-guide.md, "Counts").
    expect(perTask.join(' ')).toBe('1.1 4/6 1.2 6/3 1.3 5/4 2.1 4/5 2.2 8/9 2.3 5/6 3.1 7/6 3.2 5/6 3.3 6/6 4.1 3/4 4.2 6/10 4.3 4/5');
    const first = mlaOutline!.domains[0]!.tasks[0]!;
    expect(
      mlaItems(first)
        .map((i) => mlaLabel(i.id))
        .slice(3, 5),
    ).toEqual(['1.1.k4', '1.1.s1']);
  });

  it('indexes every id with what it names', () => {
    const index = indexMlaOutline(mlaOutline!);
    expect(index.size).toBe(12 + 63 + 70);
    expect(index.get('mla:2.3.s6')).toMatchObject({ kind: 'skill', title: 'Using SageMaker Model Debugger to debug model convergence' });
    expect(index.get('mla:3.3')?.title).toBe(
      'Use automated orchestration tools to set up continuous integration and continuous delivery (CI/CD) pipelines',
    );
  });

  it('says in words how sure a fact is', () => {
    expect(mlaFactLabel('not-stated')).toBe('Not in the exam guide');
  });

  it('says what an id names from its form', () => {
    expect([mlaKind('mla:2.3'), mlaKind('mla:2.3.k4'), mlaKind('mla:4.2.s10')]).toEqual(['task', 'knowledge', 'skill']);
    expect([mlaKindLabel('mla:2.3'), mlaKindLabel('mla:2.3.k4'), mlaKindLabel('mla:4.2.s10')]).toEqual([
      undefined,
      'Knowledge of',
      'Skills in',
    ]);
  });

  it('states where AWS gives no figure, and cites an AWS page for every fact', () => {
    const facts = new Map(mlaOutline!.facts.map((f) => [f.id, f]));
    expect(facts.get('duration')).toMatchObject({ status: 'not-stated' });
    expect(facts.get('scored-questions')).toMatchObject({ value: 50 });
    expect(facts.get('unscored-questions')).toMatchObject({ value: 15 });
    expect(facts.get('passing-score')).toMatchObject({ value: 720 });
    expect(mlaOutline!.questionTypes.map((t) => t.id)).toEqual([
      'multiple-choice',
      'multiple-response',
      'ordering',
      'matching',
      'case-study',
    ]);
    expect(mlaOutline!.domains.map((d) => [d.weight, d.weightStated])).toEqual([
      [28, false],
      [26, true],
      [22, true],
      [24, true],
    ]);
  });

  it('places a question in the domain of its first mla id', () => {
    expect(mlaDomainOf(['mla:3.1.k2', 'mla:1.1'])).toBe(3);
    expect(mlaDomainOf(['mla:4.2'])).toBe(4);
    expect(mlaDomainOf([])).toBeNull();
  });
});
