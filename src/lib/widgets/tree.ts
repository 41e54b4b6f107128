/**
 * Decision trees: structural validation (every edge lands, no cycles, nothing unreachable) and
 * walking a path of choices. Pure; the build, the tests and the `sg-tree` element share it.
 */

export interface TreeShape {
  start: string;
  nodes: Record<string, { question: string; options: { label: string; next: string }[] }>;
  outcomes: Record<string, unknown>;
}

export interface TreeProblem {
  /** The node or outcome concerned (or "start"). */
  at: string;
  message: string;
}

/** Everything wrong with a tree's structure, each naming the node it concerns. */
export function checkTree(tree: TreeShape): TreeProblem[] {
  const problems: TreeProblem[] = [];
  for (const id of Object.keys(tree.nodes)) {
    if (id in tree.outcomes) problems.push({ at: id, message: 'is both a node and an outcome' });
  }
  if (!(tree.start in tree.nodes)) problems.push({ at: 'start', message: `"${tree.start}" is not a node` });
  for (const [id, node] of Object.entries(tree.nodes)) {
    node.options.forEach((option, i) => {
      if (!(option.next in tree.nodes) && !(option.next in tree.outcomes)) {
        problems.push({
          at: id,
          message: `option ${i + 1} ("${option.label}") leads to "${option.next}", which is neither a node nor an outcome`,
        });
      }
    });
  }
  // Depth-first from the start: a node met again on the current path closes a cycle.
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const visit = (id: string, path: string[]) => {
    if (onPath.has(id)) {
      problems.push({ at: id, message: `is part of a cycle: ${[...path.slice(path.indexOf(id)), id].join(' → ')}` });
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    const node = tree.nodes[id];
    if (!node) return;
    onPath.add(id);
    for (const option of node.options) visit(option.next, [...path, id]);
    onPath.delete(id);
  };
  if (tree.start in tree.nodes) visit(tree.start, []);
  for (const id of [...Object.keys(tree.nodes), ...Object.keys(tree.outcomes)]) {
    if (!reached.has(id)) problems.push({ at: id, message: 'cannot be reached from the start' });
  }
  return problems;
}

export interface WalkStep {
  node: string;
  /** Index of the option chosen at this node. */
  choice: number;
}

export interface WalkResult {
  /** The steps taken, as far as the choices were valid. */
  steps: WalkStep[];
  /** Where the walk stands: a node still to answer, or an outcome. */
  at: { kind: 'node' | 'outcome'; id: string };
}

/**
 * Follow `choices` (option indexes) from the start. Walking stops at an outcome or at the first
 * choice that does not exist, so a stale or hand-edited URL lands somewhere valid.
 */
export function walk(tree: TreeShape, choices: readonly number[]): WalkResult {
  const steps: WalkStep[] = [];
  let at: WalkResult['at'] = { kind: 'node', id: tree.start };
  for (const choice of choices) {
    if (at.kind !== 'node') break;
    const option = tree.nodes[at.id]?.options[choice];
    if (!option) break;
    steps.push({ node: at.id, choice });
    at = option.next in tree.outcomes ? { kind: 'outcome', id: option.next } : { kind: 'node', id: option.next };
  }
  return { steps, at };
}

/** A path as it appears in a URL: option numbers from 1, joined by dots ("2.1.3"). */
export function encodePath(choices: readonly number[]): string {
  return choices.map((c) => c + 1).join('.');
}

export function decodePath(text: string | null | undefined): number[] {
  if (!text) return [];
  const parts = text.split('.').map((p) => Number(p) - 1);
  return parts.every((n) => Number.isInteger(n) && n >= 0) ? parts : [];
}

/** Every outcome with the paths that reach it, for the printable outline. */
export function pathsToOutcomes(tree: TreeShape): Map<string, number[][]> {
  const paths = new Map<string, number[][]>();
  const go = (id: string, path: number[]) => {
    if (id in tree.outcomes) {
      paths.set(id, [...(paths.get(id) ?? []), path]);
      return;
    }
    tree.nodes[id]?.options.forEach((o, i) => go(o.next, [...path, i]));
  };
  go(tree.start, []);
  return paths;
}
