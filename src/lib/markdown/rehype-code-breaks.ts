/**
 * Inline code wraps only where a reader expects it: after `_`, `.`, `:`, `/` and `=`, and between
 * the words of a CamelCase name, never inside a word (`min_child_weight` may wrap as `min_child_` /
 * `weight`, never as `min_child_weigh` / `t`). A `<wbr>` marks each of those places. In tables the
 * CSS uses `overflow-wrap: break-word`, which unlike `anywhere` does not let a column shrink below
 * its longest piece (the table scrolls in its box instead). Code blocks (`pre`) are left alone.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const BREAK_AFTER = /(?<=[_.:/=])(?=[^_.:/=\s])|(?<=[a-z])(?=[A-Z])/;

/** The text split into pieces with a `<wbr>` between them. */
function withBreaks(text: string): ElementContent[] {
  const pieces = text.split(BREAK_AFTER);
  return pieces.flatMap((piece, i): ElementContent[] =>
    i === 0
      ? [{ type: 'text', value: piece }]
      : [
          { type: 'element', tagName: 'wbr', properties: {}, children: [] },
          { type: 'text', value: piece },
        ],
  );
}

export function rehypeCodeBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName === 'pre') return 'skip';
      if (node.tagName !== 'code' || (parent?.type === 'element' && parent.tagName === 'pre')) return undefined;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? withBreaks(child.value) : [child]));
      return 'skip';
    });
  };
}
