/**
 * Wide content scrolls inside its own box instead of the page: every table is wrapped in a
 * `.sg-table-wrap` box, and display formulas (`.katex-display`, which scroll themselves) become
 * focusable so a keyboard can scroll them too.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeScrollBoxes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'table' && parent && index !== undefined) {
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['sg-table-wrap'], tabIndex: 0 },
          children: [node],
        };
        parent.children[index] = wrapper;
        return 'skip';
      }
      const classes = node.properties?.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) {
        node.properties.tabIndex = 0;
        return 'skip';
      }
      return undefined;
    });
  };
}
