/**
 * `<sg-tree>`: walks a server-rendered decision tree (DecisionTree.astro) one question at a time.
 * The path lives in the URL (`?<tree id>=2.1`, option numbers from 1), so a reload or a shared link
 * restores it and the browser's Back button steps back. After each choice focus moves to the new
 * question or the recommendation, and the change is announced.
 */
import { decodePath, encodePath, type TreeShape, walk } from '../../../lib/widgets/tree.ts';

interface TreeScriptData extends TreeShape {
  id: string;
}

class SgTree extends HTMLElement {
  #tree!: TreeScriptData;
  #choices: number[] = [];

  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]');
    if (!json?.textContent) return;
    this.#tree = JSON.parse(json.textContent) as TreeScriptData;
    const live = this.querySelector<HTMLElement>('.sg-tree-live')!;
    live.hidden = false;
    const all = this.querySelector<HTMLDetailsElement>('.sg-tree-all')!;
    all.open = false;
    addEventListener('beforeprint', () => (all.open = true));

    this.querySelector('.sg-tree-back')!.addEventListener('click', () => this.#go(this.#choices.slice(0, -1)));
    this.querySelector('.sg-tree-restart')!.addEventListener('click', () => this.#go([]));
    this.querySelector('.sg-tree-stage')!.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
      if (button) this.#go([...this.#choices, Number(button.dataset.choice)]);
    });
    addEventListener('popstate', () => this.#render(this.#fromUrl(), true));
    this.#render(this.#fromUrl(), false);
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

    const path = this.querySelector<HTMLOListElement>('.sg-tree-path')!;
    path.replaceChildren(
      ...steps.map((step) => {
        const node = this.#tree.nodes[step.node]!;
        const li = document.createElement('li');
        const q = document.createElement('span');
        q.className = 'sg-tree-step-q';
        q.textContent = node.question;
        const a = document.createElement('strong');
        a.textContent = node.options[step.choice]!.label;
        li.append(q, ' ', a);
        return li;
      }),
    );
    path.hidden = steps.length === 0;

    const stage = this.querySelector<HTMLElement>('.sg-tree-stage')!;
    let target: HTMLElement;
    let announcement: string;
    if (at.kind === 'node') {
      const node = this.#tree.nodes[at.id]!;
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
      const outcome = this.querySelector<HTMLElement>(`.sg-tree-outcome[data-outcome="${at.id}"]`)!;
      const copy = outcome.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      const recommendation = copy.querySelector<HTMLElement>('.sg-tree-recommendation')!;
      recommendation.tabIndex = -1;
      stage.replaceChildren(copy);
      target = recommendation;
      announcement = recommendation.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    }

    this.querySelector<HTMLButtonElement>('.sg-tree-back')!.disabled = steps.length === 0;
    this.querySelector<HTMLButtonElement>('.sg-tree-restart')!.disabled = steps.length === 0;
    if (focus) {
      target.focus();
      const region = this.querySelector<HTMLElement>('[data-announcer]')!;
      region.textContent = '';
      requestAnimationFrame(() => (region.textContent = announcement));
    }
  }
}

if (!customElements.get('sg-tree')) customElements.define('sg-tree', SgTree);
