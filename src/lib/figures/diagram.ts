/**
 * Diagrams: Mermaid flowchart text rendered to SVG at build time by beautiful-mermaid (layout by
 * ELK, no DOM, no browser). Its colours are CSS variables (`--bg`, `--fg` and the `--_*` it derives
 * from them), which figure.css maps to the site's tokens; its embedded style and web-font import
 * are dropped by finishSvg.
 *
 * beautiful-mermaid skips lines it cannot parse instead of failing, so `checkFlowchart` fails the
 * build for them: every line's brackets must balance and every arrow must have become an edge.
 */
import { parseMermaid, renderMermaidSVG } from 'beautiful-mermaid';

/** The Mermaid diagram kinds the guide's figures use. */
export const DIAGRAM_KINDS = ['flowchart', 'graph'] as const;

const ARROW = /<?(?:-->|-\.->|==>|---|-\.-|===|--[xo]|-\.-[xo])/g;
const STRUCTURE = /^(?:%%|subgraph\b|end$|direction\b|classDef\b|class\b|style\b|linkStyle\b)/;
const PAIRS = [
  ['[', ']'],
  ['{', '}'],
  ['(', ')'],
] as const;

/** Problems with a flowchart's text that the renderer would silently drop, one message per bad line. */
export function checkFlowchart(source: string): string[] {
  const lines = source.trim().split('\n').slice(1);
  const problems: string[] = [];
  let arrows = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || STRUCTURE.test(line)) return;
    const unquoted = line.replace(/"[^"]*"/g, '""');
    for (const [open, close] of PAIRS) {
      if (unquoted.split(open).length !== unquoted.split(close).length)
        problems.push(`line ${i + 2}: unbalanced "${open}${close}" in ${JSON.stringify(line)}`);
    }
    arrows += (unquoted.replace(/\|[^|]*\|/g, '').match(ARROW) ?? []).length;
  });
  const edges = parseMermaid(source.trim()).edges.length;
  if (edges < arrows) problems.push(`${arrows} arrows in the text but only ${edges} edges parsed: a line is malformed`);
  return problems;
}

/** The SVG of a Mermaid flowchart, or an error saying what is wrong with the text. */
export function renderDiagram(source: string): string {
  const text = source.trim();
  const kind = text.split(/\s/, 1)[0] ?? '';
  if (!(DIAGRAM_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`the diagram starts with "${kind}"; allowed: ${DIAGRAM_KINDS.join(', ')}`);
  }
  const problems = checkFlowchart(text);
  if (problems.length) throw new Error(problems.join('; '));
  return renderMermaidSVG(text);
}
