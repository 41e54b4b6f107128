import { describe, expect, it } from 'vitest';
import { checkTree, decodePath, encodePath, pathsToOutcomes, type TreeShape, walk } from './tree.ts';

const opt = (label: string, next: string) => ({ label, next });
const tree: TreeShape = {
  start: 'q1',
  nodes: {
    q1: { question: 'Batch?', options: [opt('Yes', 'batch'), opt('No', 'q2')] },
    q2: { question: 'Large payloads?', options: [opt('Yes', 'async'), opt('No', 'realtime')] },
  },
  outcomes: { batch: {}, async: {}, realtime: {} },
};

describe('checkTree', () => {
  it('accepts a sound tree', () => {
    expect(checkTree(tree)).toEqual([]);
  });

  it('names the node whose option leads nowhere', () => {
    const broken = structuredClone(tree);
    broken.nodes.q2!.options[1]!.next = 'missing';
    expect(checkTree(broken)).toEqual([
      { at: 'q2', message: 'option 2 ("No") leads to "missing", which is neither a node nor an outcome' },
      { at: 'realtime', message: 'cannot be reached from the start' },
    ]);
  });

  it('finds a cycle', () => {
    const cyclic = structuredClone(tree);
    cyclic.nodes.q2!.options[0]!.next = 'q1';
    const problems = checkTree(cyclic);
    expect(problems).toContainEqual({ at: 'q1', message: 'is part of a cycle: q1 → q2 → q1' });
    expect(problems).toContainEqual({ at: 'async', message: 'cannot be reached from the start' });
  });

  it('finds unreachable nodes and a start that is not a node', () => {
    const orphan = structuredClone(tree);
    orphan.nodes.q3 = { question: 'Orphan?', options: [opt('a', 'batch'), opt('b', 'async')] };
    expect(checkTree(orphan)).toEqual([{ at: 'q3', message: 'cannot be reached from the start' }]);
    expect(checkTree({ ...tree, start: 'batch' })[0]).toEqual({ at: 'start', message: '"batch" is not a node' });
  });
});

describe('walk', () => {
  it('follows choices to an outcome', () => {
    expect(walk(tree, [1, 0])).toEqual({
      steps: [
        { node: 'q1', choice: 1 },
        { node: 'q2', choice: 0 },
      ],
      at: { kind: 'outcome', id: 'async' },
    });
  });

  it('stops at the first invalid choice or at an outcome', () => {
    expect(walk(tree, [1, 7]).at).toEqual({ kind: 'node', id: 'q2' });
    expect(walk(tree, [0, 1, 1]).steps).toHaveLength(1);
  });

  it('round-trips paths through the URL form and ignores garbage', () => {
    expect(encodePath([1, 0])).toBe('2.1');
    expect(decodePath('2.1')).toEqual([1, 0]);
    expect(decodePath('2.x')).toEqual([]);
    expect(decodePath('0')).toEqual([]);
    expect(decodePath(null)).toEqual([]);
  });

  it('lists the paths reaching each outcome', () => {
    expect([...pathsToOutcomes(tree)]).toEqual([
      ['batch', [[0]]],
      ['async', [[1, 0]]],
      ['realtime', [[1, 1]]],
    ]);
  });
});
