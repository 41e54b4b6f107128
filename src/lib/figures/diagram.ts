/**
 * Diagrams: Mermaid flowchart text rendered to SVG at build time by beautiful-mermaid (layout by
 * ELK, no DOM, no browser). Its colours are CSS variables (`--bg`, `--fg` and the `--_*` it derives
 * from them), which figure.css maps to the site's tokens; its embedded style and web-font import
 * are dropped by finishSvg.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';

/** The Mermaid diagram kinds the guide's figures use (beautiful-mermaid draws these without a DOM). */
export const DIAGRAM_KINDS = ['flowchart', 'graph', 'sequenceDiagram', 'stateDiagram-v2'] as const;

/** The SVG of a Mermaid diagram, or an error saying what is wrong with the text. */
export function renderDiagram(source: string): string {
  const text = source.trim();
  const kind = text.split(/\s/, 1)[0] ?? '';
  if (!(DIAGRAM_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`the diagram starts with "${kind}"; allowed: ${DIAGRAM_KINDS.join(', ')}`);
  }
  return renderMermaidSVG(text);
}
