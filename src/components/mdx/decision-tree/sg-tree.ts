/**
 * `<sg-tree>`: walks a server-rendered decision tree (DecisionTree.astro) one question at a time.
 * The path lives in the URL (`?<tree id>=2.1`, option numbers from 1), so a reload or a shared link
 * restores it and the browser's Back button steps back. After each choice focus moves to the new
 * question or the recommendation, and the change is announced.
 */
import { announce } from '../../../client/announcer.ts';
import { define, SgElement } from '../../../client/sg-element.ts';
import { decodePath, encodePath, type TreeShape, walk } from '../../../lib/widgets/tree.ts';

interface TreeScriptData extends TreeShape {
  id: string;
}

export class SgTree extends SgElement {
  #tree!: TreeScriptData;
  #choices: number[] = [];

  protected setup(): void {
    const json = this.requirePart('script[type="application/json"]');
    this.#tree = JSON.parse(json.textContent ?? '') as TreeScriptData;
    this.requirePart('.sg-tree-live').hidden = false;
    this.requirePart<HTMLDetailsElement>('.sg-tree-all').open = false;
    this.requirePart('.sg-tree-back').addEventListener('click', () => this.#go(this.#choices.slice(0, -1)));
    this.requirePart('.sg-tree-restart').addEventListener('click', () => this.#go([]));
    this.requirePart('.sg-tree-stage').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
      if (button) this.#go([...this.#choices, Number(button.dataset.choice)]);
    });
    this.#render(this.#fromUrl(), false);
  }

  protected override connect(): void {
    // Printing shows every branch; Back and Forward walk the path kept in the URL.
    this.listen(window, 'beforeprint', () => (this.requirePart<HTMLDetailsElement>('.sg-tree-all').open = true));
    this.listen(window, 'popstate', () => this.#render(this.#fromUrl(), true));
  }

  #fromUrl(): number[] {
    return decodePath(new URL(location.href).searchParams.get(this.#tree.id));
  }

  #go(choices: number[]): void {
    const url = new URL(location.href);
    if (choices.length > 0) url.searchParams.set(this.#tree.id, encodePath(choices));
    else url.searchParams.delete(this.#tree.id);
    url.hash = '';
    history.pushState(null, '', url);
    this.#render(choices, true);
  }

  #render(requested: number[], focus: boolean): void {
    const { steps, at } = walk(this.#tree, requested);
    this.#choices = steps.map((s) => s.choice);

    const path = this.requirePart<HTMLOListElement>('.sg-tree-path');
    path.replaceChildren(
      ...steps.map((step) => {
        const node = this.#node(step.node);
        const li = document.createElement('li');
        const q = document.createElement('span');
        q.className = 'sg-tree-step-q';
        q.textContent = node.question;
        const a = document.createElement('strong');
        a.textContent = node.options[step.choice]?.label ?? '';
        li.append(q, ' ', a);
        return li;
      }),
    );
    path.hidden = steps.length === 0;

    const stage = this.requirePart('.sg-tree-stage');
    let target: HTMLElement;
    let announcement: string;
    if (at.kind === 'node') {
      const node = this.#node(at.id);
      const question = document.createElement('p');
      question.className = 'sg-tree-question';
      question.tabIndex = -1;
      question.textContent = `Step ${steps.length + 1}: ${node.question}`;
      const help = this.querySelector(`.sg-tree-help[data-node="${at.id}"]`);
      const helpCopy = help ? (help.cloneNode(true) as HTMLElement) : undefined;
      if (helpCopy) {
        helpCopy.removeAttribute('id');
        helpCopy.querySelector('p')?.remove();
      }
      const list = document.createElement('ul');
      list.className = 'sg-tree-options';
      list.setAttribute('aria-label', 'Choose one');
      node.options.forEach((option, i) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.choice = String(i);
        button.textContent = option.label;
        li.append(button);
        list.append(li);
      });
      stage.replaceChildren(...[question, helpCopy, list].filter((el): el is HTMLElement => el !== undefined));
      target = question;
      announcement = question.textContent;
    } else {
      const outcome = this.requirePart(`.sg-tree-outcome[data-outcome="${at.id}"]`);
      const copy = outcome.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      const recommendation = this.requirePart('.sg-tree-recommendation', copy);
      recommendation.tabIndex = -1;
      stage.replaceChildren(copy);
      target = recommendation;
      announcement = recommendation.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    }

    this.requirePart<HTMLButtonElement>('.sg-tree-back').disabled = steps.length === 0;
    this.requirePart<HTMLButtonElement>('.sg-tree-restart').disabled = steps.length === 0;
    if (focus) {
      target.focus();
      announce(announcement);
    }
  }

  #node(id: string): TreeScriptData['nodes'][string] {
    const node = this.#tree.nodes[id];
    if (!node) throw new Error(`sg-tree: no node "${id}" in tree ${this.#tree.id}`);
    return node;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-tree': SgTree;
  }
}

define('sg-tree', SgTree);
