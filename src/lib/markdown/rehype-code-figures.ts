/**
 * Each highlighted code block (Shiki's `<pre data-language>`) becomes a figure with a caption bar:
 * the language's name and a Copy button. The button is rendered hidden inside `<sg-code-copy>`,
 * which shows it once its script runs (without JavaScript the bar shows the language only).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const LANGUAGES: Record<string, string> = {
  plaintext: 'Text',
  text: 'Text',
  python: 'Python',
  py: 'Python',
  json: 'JSON',
  yaml: 'YAML',
  bash: 'Shell',
  sh: 'Shell',
  shell: 'Shell',
  sql: 'SQL',
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
};

/** The label shown for a Shiki language id; an unknown id is shown as written. */
export const languageLabel = (id: string): string => LANGUAGES[id] ?? id;

const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export function rehypeCodeFigures() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return undefined;
      const language = node.properties?.dataLanguage;
      if (typeof language !== 'string') return 'skip';
      const caption = el('figcaption', { className: ['sg-code-bar'] }, [
        el('span', { className: ['sg-code-language'] }, [{ type: 'text', value: languageLabel(language) }]),
        el('sg-code-copy', {}, [
          el('button', { type: 'button', className: ['sg-code-copy'], dataSgChrome: 'copy', hidden: true }, [
            { type: 'text', value: 'Copy' },
          ]),
        ]),
      ]);
      parent.children[index] = el('figure', { className: ['sg-code'] }, [caption, node]);
      return 'skip';
    });
  };
}
