/**
 * The browser suite's `test` and `expect`: every spec imports them from here, never from
 * `@playwright/test`, so each test gets
 * - `foreignRequests`, automatic: every request a page of the test makes to a host other than the test
 *   server, recorded (never blocked, so routes and `context.setOffline()` behave as without it); the
 *   test fails after its body if the list is not empty, naming the URLs;
 * - `newContext(options)`: a further browser context (JavaScript off, a fresh browser) under the same
 *   guard, closed when the test ends;
 * - `axe`: axe-core with the suite's WCAG 2.2 AA tags, violations as readable lines.
 * Answering a question by role is `choose()` / `answer()`; option names come from `optionNames()`.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type BrowserContextOptions, expect, type Locator, type Page, test as base } from '@playwright/test';
import { renderInlineMarkdown } from '../src/lib/markdown/render-markdown.ts';
import { content } from './site.ts';

export { expect };

/** The axe tags every check runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome depends on colours: enough for a second theme, whose DOM is the same. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export interface AxeOptions {
  /** The page to analyse; the test's page if not given. */
  page?: Page;
  /** Run only these rules (within the tags), e.g. `colourRules`. */
  rules?: readonly string[];
}

export interface Axe {
  /** An AxeBuilder over the page, configured with `axeTags`. */
  builder(page?: Page): AxeBuilder;
  /** The violations on the page, one line each: rule, help, count and the first three targets. */
  violations(options?: AxeOptions): Promise<string[]>;
  /** Fails the test if axe finds any violation; `label` names the screen in the message. */
  expectNone(label: string, options?: AxeOptions): Promise<void>;
}

interface Fixtures {
  /** Origins besides the test server's that pages of this test may request (a server the test starts). */
  allowedOrigins: string[];
  foreignRequests: string[];
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  axe: Axe;
}

/**
 * Records in `foreign` every request of the context's pages (and service worker) to an origin not in
 * `allowed`; `data:`, `blob:` and `about:` URLs never leave the browser. A listener, not a route:
 * routing would disable the HTTP cache and compete with the test's own routes.
 */
function watchRequests(context: BrowserContext, allowed: readonly string[], foreign: string[]): void {
  const origins = new Set(allowed.map((url) => new URL(url).origin));
  context.on('request', (request) => {
    const { protocol, origin } = new URL(request.url());
    if (/^(https?|wss?):$/.test(protocol) && !origins.has(origin)) foreign.push(request.url());
  });
}

export const test = base.extend<Fixtures>({
  allowedOrigins: [[], { option: true }],

  foreignRequests: [
    async ({ context, baseURL, allowedOrigins }, use) => {
      const foreign: string[] = [];
      watchRequests(context, [baseURL!, ...allowedOrigins], foreign);
      await use(foreign);
      expect(foreign, 'requests to a host other than the test server').toEqual([]);
    },
    { auto: true },
  ],

  newContext: async ({ browser, foreignRequests, baseURL, allowedOrigins }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options) => {
      // Playwright gives contexts made in a test the `use` options (baseURL among them).
      const context = await browser.newContext(options);
      watchRequests(context, [baseURL!, ...allowedOrigins], foreignRequests);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },

  axe: async ({ page }, use) => {
    const builder = (target: Page = page) => new AxeBuilder({ page: target }).withTags(axeTags);
    const violations = async ({ page: target = page, rules }: AxeOptions = {}) => {
      const b = builder(target);
      if (rules) b.withRules([...rules]);
      const results = await b.analyze();
      return results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')})`,
      );
    };
    await use({
      builder,
      violations,
      expectNone: async (label, options) => {
        expect((await violations(options)).map((v) => `${label}: ${v}`)).toEqual([]);
      },
    });
  },
});

const questions = new Map(content.questions.map((q) => [q.data.id, q.data]));

/** Text of inline HTML as a browser computes a label's accessible name: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|amp|lt|gt|apos);/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" })[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The accessible names of options of a bank question, in the order of `optionIds`: the option text
 * of content/ rendered by the site's own Markdown pipeline (the letter beside it is aria-hidden).
 */
export async function optionNames(questionId: string, optionIds: readonly string[]): Promise<string[]> {
  const q = questions.get(questionId);
  if (!q) throw new Error(`optionNames: no question ${questionId} in content/questions`);
  return Promise.all(
    optionIds.map(async (id) => {
      const option = q.options.find((o) => o.id === id);
      if (!option) throw new Error(`optionNames: question ${questionId} has no option ${id}`);
      return textOf(await renderInlineMarkdown(option.text));
    }),
  );
}

/**
 * The select of one step or prompt (`itemId`) of an ordering or matching question in `scope`: the
 * combobox in the list item that shows the item's text, as rendered by the site's Markdown pipeline.
 */
export async function itemSelect(scope: Locator, questionId: string, itemId: string): Promise<Locator> {
  const text = await itemText(questionId, itemId);
  // The innermost list item: the practice pages hold the item list inside their own list of options.
  return scope
    .getByRole('listitem')
    .filter({ hasText: text, hasNot: scope.page().getByRole('listitem') })
    .getByRole('combobox');
}

/** The text of a step or prompt as a browser shows it: rendered by the site's own Markdown pipeline. */
export async function itemText(questionId: string, itemId: string): Promise<string> {
  const q = questions.get(questionId);
  const item = [...(q?.steps ?? []), ...(q?.prompts ?? [])].find((i) => i.id === itemId);
  if (!item) throw new Error(`itemText: question ${questionId} has no step or prompt ${itemId}`);
  return textOf(await renderInlineMarkdown(item.text));
}

/**
 * Give an ordering or matching answer (`item=value` tokens) in `scope` by keyboard only: focus each
 * item's select and move its choice with the arrow keys, as a keyboard user does without opening it.
 */
export async function chooseItems(scope: Locator, questionId: string, tokens: readonly string[]): Promise<void> {
  for (const token of tokens) {
    const select = await itemSelect(scope, questionId, token.split('=')[0]!);
    // The selects are disabled until the widget's script has upgraded the question.
    await expect(select).toBeEnabled();
    await select.focus();
    await expect(select).toBeFocused();
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const steps = values.indexOf(token) - values.indexOf(await select.inputValue());
    for (let i = 0; i < Math.abs(steps); i++) await scope.page().keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await expect(select).toHaveValue(token);
  }
}

/** An answer option in `scope`, a radio or a checkbox, by its exact accessible name. */
export function option(scope: Locator | Page, name: string): Locator {
  return scope.getByRole('radio', { name, exact: true }).or(scope.getByRole('checkbox', { name, exact: true }));
}

/**
 * Choose these options (accessible names) in `scope`: by pointer, or by keyboard (focus each and
 * press Space). Each must then be checked.
 */
export async function choose(scope: Locator, names: readonly string[], { keyboard = false } = {}): Promise<void> {
  for (const name of names) {
    const input = option(scope, name);
    if (keyboard) {
      await input.focus();
      await scope.page().keyboard.press('Space');
    } else {
      await input.check();
    }
    await expect(input).toBeChecked();
  }
}

/** Choose these options of the question in `scope` and press its Check button. */
export async function answer(scope: Locator, names: readonly string[]): Promise<void> {
  await reach(scope);
  await choose(scope, names);
  await scope.getByRole('button', { name: 'Check', exact: true }).click();
}

/**
 * The reader moves the pointer over the page. The page chrome's code (search, menu, theme toggle, table
 * of contents, the footer's offline status) loads on a first interaction (chrome-loader.ts), as a
 * reader's first move, touch, key or scroll would load it.
 */
export async function interact(page: Page): Promise<void> {
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 220);
}

/**
 * Scrolls a widget into view as a learner does on the way to it, and returns it. Widgets load their
 * code when they come near the viewport (src/client/load-when-near.ts), so a test that reads a
 * widget's upgraded state first scrolls to it; actions (click, fill, press) scroll by themselves.
 */
export async function reach(widget: Locator): Promise<Locator> {
  await widget.first().scrollIntoViewIfNeeded();
  return widget;
}

/**
 * An inline question by its bank id. The id is the question's only stable identity: its number and
 * stem are what a reader sees, but numbers repeat across quizzes and stems are long prose.
 */
export function questionForm(page: Page, id: string): Locator {
  return page.locator(`form[data-question="${id}"]`);
}

/** The search dialog's list of results (Pagefind names it), in rank order. */
export function searchResults(page: Page): Locator {
  return page.getByRole('dialog').getByRole('list', { name: 'Search results' });
}

/** The search dialog's summary line: "74 results for data", "No results for …". */
export function searchSummary(page: Page): Locator {
  return page.getByRole('dialog').getByText(/results? for /);
}

/** The page's one live region (Base.astro): a polite region with no role, so found by its data attribute. */
export function announcer(page: Page): Locator {
  return page.locator('[data-announcer]');
}
