/**
 * The exam switch (MLS-C01 / MLA-C01) and what follows it: chosen by keyboard, kept across reloads
 * and pages, applied before first paint, the URL's `?exam=` winning over the stored choice, failing
 * storage reported; the sidebar, domain overviews, exam guide map, drills, dashboard and search
 * following the chosen exam; an MLA-C01 drill end to end; JavaScript off; axe in both states.
 * Expectations come from content/ (the pages' and questions' tags), never hard-coded.
 */
import type { Locator, Page } from '@playwright/test';
import { EXAM_KEY } from '../src/config.ts';
import { EXAM_NOT_SAVED } from '../src/lib/exam/exam-choice.ts';
import { examScope } from '../src/lib/outline/exam-scope.ts';
import { covers } from '../src/lib/outline/outline.ts';
import { mlaLabel } from '../src/lib/outline/mla-outline.ts';
import { mlaTaskDrillHref, pageHref } from '../src/lib/urls.ts';
import { answer, expect, optionNames, questionForm, searchResults, test } from './fixtures.ts';
import { optionsFor } from './practice-helpers.ts';
import { content } from './site.ts';

// axe injects its script into every frame, which the site's Content-Security-Policy (sent by
// scripts/serve.ts) blocks, so the files that run axe bypass the policy; csp.spec.ts proves the
// switch runs under it (it is /theme.js and CSS only).
test.use({ bypassCSP: true, serviceWorkers: 'block' });

const mlaTasks = content.mlaOutline!.domains.flatMap((d) => d.tasks.map((t) => ({ ...t, domain: d.id })));
const scopeOf = (p: (typeof content.pages)[number]) => examScope(p.data.tasks, p.data.mla);
/** A page only MLS-C01 tests (MLS-C01 tasks, no MLA-C01 id), in a domain folder so it is in the sidebar. */
const mlsOnly = content.pages.find((p) => scopeOf(p) === 'mls' && p.data.domain !== undefined)!;
const both = content.pages.find((p) => scopeOf(p) === 'both')!;
const questionsOf = (task: string) => content.questions.filter((q) => covers(q.data.mla, task));
/** The MLA-C01 task statement with the most questions that has an MLA-C01-only one (no MLS-C01 domain). */
const drillTask = mlaTasks
  .filter((t) => questionsOf(t.id).some((q) => q.data.domain === undefined))
  .sort((a, b) => questionsOf(b.id).length - questionsOf(a.id).length)[0]!;
/** A domain section that teaches at least one MLA-C01 task statement. */
const domain = content.outline!.domains.find((d) => content.pages.some((p) => p.id.startsWith(`${d.slug}/`) && p.data.mla.length > 0))!;

const switchGroup = (page: Page) => page.getByRole('main').getByRole('group', { name: 'Exam' });
const examLink = (page: Page, code: 'MLS-C01' | 'MLA-C01') => switchGroup(page).getByRole('link', { name: new RegExp(`^${code}`) });
const chosenExam = (page: Page) => page.evaluate(() => document.documentElement.dataset.exam ?? 'mls');
const storedExam = (page: Page) => page.evaluate((key) => localStorage.getItem(key), EXAM_KEY);

/** Choose an exam as a keyboard user does: focus its link and press Enter. */
async function chooseByKeyboard(page: Page, code: 'MLS-C01' | 'MLA-C01') {
  await examLink(page, code).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]exam=${code === 'MLA-C01' ? 'mla' : 'mls'}`));
}

/** Store a choice once, before the first page of the test, as a previous visit would have. */
async function storeOnce(page: Page, exam: 'mls' | 'mla') {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('exam-seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('exam-seeded', '1');
      }
    },
    [EXAM_KEY, exam],
  );
}

/** Top of an element on the page, to compare the order in which two parts are shown. */
const top = async (locator: Locator) => (await locator.boundingBox())!.y;

test.describe('the exam switch', () => {
  test('MLA-C01 chosen by keyboard is marked, and survives a reload and a new page', async ({ page }) => {
    await page.goto('/');
    await expect(examLink(page, 'MLS-C01')).toHaveAccessibleName('MLS-C01 (chosen)');
    await expect(examLink(page, 'MLA-C01')).toHaveAccessibleName('MLA-C01');
    await chooseByKeyboard(page, 'MLA-C01');
    await expect(examLink(page, 'MLA-C01')).toHaveAccessibleName('MLA-C01 (chosen)');
    await expect(examLink(page, 'MLS-C01')).toHaveAccessibleName('MLS-C01');
    expect(await chosenExam(page)).toBe('mla');
    expect(await storedExam(page)).toBe('mla');
    await page.reload();
    expect(await chosenExam(page)).toBe('mla');
    // A new page, reached without the parameter, opens in the stored exam.
    await page.goto(pageHref(both.id));
    expect(await chosenExam(page)).toBe('mla');
    await expect(examLink(page, 'MLA-C01')).toHaveAccessibleName('MLA-C01 (chosen)');
    await chooseByKeyboard(page, 'MLS-C01');
    expect(await chosenExam(page)).toBe('mls');
    await page.goto('/');
    expect(await chosenExam(page)).toBe('mls');
    await expect(page.getByText(EXAM_NOT_SAVED)).toBeHidden();
  });

  test('the stored exam applies before first paint: set, and styled, when the document is parsed', async ({ page }) => {
    await storeOnce(page, 'mla');
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const mark = document.querySelector('.sg-nav-sections [data-exam-only="mla"]');
        (window as unknown as { seen: unknown }).seen = {
          exam: document.documentElement.dataset.exam,
          mark: mark ? getComputedStyle(mark).display : 'missing',
        };
      });
    });
    await page.goto(pageHref(mlsOnly.id));
    expect(await page.evaluate(() => (window as unknown as { seen: unknown }).seen)).toEqual({ exam: 'mla', mark: 'inline' });
  });

  test('the URL’s exam wins over the stored one, and becomes the choice', async ({ page }) => {
    await storeOnce(page, 'mls');
    await page.goto(`/${domain.slug}/?exam=mla`);
    expect(await chosenExam(page)).toBe('mla');
    await expect(page.getByRole('heading', { name: 'For MLA-C01' })).toBeVisible();
    await page.goto(`/${domain.slug}/`);
    expect(await chosenExam(page)).toBe('mla');
    await page.goto(`/${domain.slug}/?exam=mls`);
    expect(await chosenExam(page)).toBe('mls');
    await expect(page.getByRole('heading', { name: 'For MLA-C01' })).toBeHidden();
    expect(await storedExam(page)).toBe('mls');
  });

  test('failing storage is reported, and the choice still applies to the page', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/');
    await expect(page.getByText(EXAM_NOT_SAVED)).toBeHidden();
    await chooseByKeyboard(page, 'MLA-C01');
    await expect(switchGroup(page).getByText(EXAM_NOT_SAVED)).toBeVisible();
    expect(await chosenExam(page)).toBe('mla');
    await expect(examLink(page, 'MLA-C01')).toHaveAccessibleName('MLA-C01 (chosen)');
    // Nothing was kept, so the next page opens in the default exam.
    await page.goto(`/${domain.slug}/`);
    expect(await chosenExam(page)).toBe('mls');
  });
});

test.describe('what follows the chosen exam', () => {
  test('the sidebar marks the pages only the other exam tests; a one-exam page says so at the top', async ({ page }) => {
    const sidebar = page.getByRole('navigation', { name: 'Guide' });
    const label = mlsOnly.data.sidebar ?? mlsOnly.data.title;
    await page.goto(pageHref(mlsOnly.id));
    await expect(page.locator('[data-exam-note]')).toHaveText(/^MLS-C01 only/);
    await expect(sidebar.getByRole('link', { name: label, exact: true })).toBeVisible();
    await chooseByKeyboard(page, 'MLA-C01');
    await expect(sidebar.getByRole('link', { name: `${label} (MLS-C01 only)`, exact: true })).toBeVisible();
    await page.goto(pageHref(both.id));
    await expect(page.locator('[data-exam-note]')).toHaveCount(0);
  });

  test('a domain overview opens with the MLA-C01 task statements its pages teach', async ({ page }) => {
    const taught = mlaTasks.filter((t) => content.pages.some((p) => p.id.startsWith(`${domain.slug}/`) && covers(p.data.mla, t.id)));
    await page.goto(`/${domain.slug}/`);
    const heading = page.getByRole('heading', { name: 'For MLA-C01' });
    await expect(heading).toBeHidden();
    await chooseByKeyboard(page, 'MLA-C01');
    await expect(heading).toBeVisible();
    const section = page.getByRole('region', { name: 'For MLA-C01' });
    await expect(section.getByRole('listitem')).toHaveCount(taught.length);
    for (const t of taught) await expect(section.getByRole('link', { name: `MLA-C01 ${mlaLabel(t.id)} ${t.title}` })).toBeVisible();
    // It comes before the MLS-C01 task statements.
    const firstMls = page.getByRole('heading', { level: 2 }).filter({ hasText: new RegExp(`^${domain.tasks[0]!.id} `) });
    expect(await top(heading)).toBeLessThan(await top(firstMls));
  });

  test('the exam guide map shows the chosen exam’s outline first', async ({ page }) => {
    await page.goto('/reference/exam-guide-map/');
    const mls = page.getByRole('heading', { name: 'MLS-C01 outline' });
    const mla = page.getByRole('heading', { name: 'MLA-C01 outline' });
    expect(await top(mls)).toBeLessThan(await top(mla));
    await chooseByKeyboard(page, 'MLA-C01');
    expect(await top(mla)).toBeLessThan(await top(mls));
    // The introduction stays above both.
    expect(await top(page.getByText('This map lists every entry'))).toBeLessThan(await top(mla));
  });

  test('the drill index lists one drill per MLA-C01 task statement under MLA-C01 headings, pointed to while MLA-C01 is chosen', async ({
    page,
  }) => {
    await page.goto('/practice/drills/');
    const pointer = page.getByText('You are studying for MLA-C01');
    await expect(pointer).toBeHidden();
    await expect(page.getByRole('heading', { name: 'MLA-C01: by task statement' })).toBeVisible();
    for (const t of mlaTasks.filter((x) => questionsOf(x.id).length > 0)) {
      const link = page.getByRole('link', { name: `MLA-C01 ${mlaLabel(t.id)} ${t.title}`, exact: true });
      await expect(link).toHaveAttribute('href', mlaTaskDrillHref(t.id));
    }
    for (const d of content.mlaOutline!.domains)
      await expect(page.getByRole('heading', { name: `MLA-C01 Domain ${d.id}: ${d.title}` })).toBeVisible();
    await chooseByKeyboard(page, 'MLA-C01');
    await expect(pointer).toBeVisible();
    await pointer.getByRole('link').click();
    await expect(page).toHaveURL(/#by-mla-task$/);
  });

  test('the dashboard leads with MLA-C01 readiness and its weakest task statements, with drills and pages', async ({ page }) => {
    // An MLA-C01-only single-answer question that its page's quiz shows (a quiz shows ten of its page's questions).
    const candidates = content.questions.filter((x) => x.data.domain === undefined && x.data.type === 'single');
    let q = candidates[0]!.data;
    find: for (const path of new Set(candidates.map((c) => c.data.page))) {
      await page.goto(pageHref(path));
      for (const c of candidates.filter((x) => x.data.page === path)) {
        if ((await questionForm(page, c.data.id).count()) > 0) {
          q = c.data;
          break find;
        }
      }
    }
    await page.goto(pageHref(q.page));
    const form = questionForm(page, q.id);
    await answer(form, await optionNames(q.id, optionsFor(q.id, 'wrong')));
    await expect(form.locator('.sg-question-result')).toContainText('Incorrect');
    await page.goto('/practice/progress/');
    const heading = page.getByRole('heading', { name: 'MLA-C01 readiness', exact: true });
    await expect(heading).toBeHidden();
    await chooseByKeyboard(page, 'MLA-C01');
    await expect(heading).toBeVisible();
    expect(await top(heading)).toBeLessThan(await top(page.getByRole('heading', { name: 'Readiness', exact: true })));
    await expect(page.locator('[data-stat="mla-seen"]')).toHaveText('1');
    await expect(page.locator('[data-stat="mla-first-readiness"]')).toHaveText('0 %');
    await expect(
      page.getByRole('img', { name: /MLA-C01: share right by domain/ }).or(page.locator('[data-mla-readiness-chart] figure')),
    ).toBeVisible();
    const weakest = page.locator('[data-mla-weakest] > li');
    const firstTask = q.mla.map((id) => id.split('.').slice(0, 2).join('.'))[0]!;
    await expect(weakest).toHaveCount(new Set(q.mla.map((id) => id.split('.').slice(0, 2).join('.'))).size);
    const item = page.locator(`[data-mla-weakest] > li[data-weak-task="${firstTask}"]`);
    await expect(item).toContainText('0 of 1 answered right');
    await expect(item.getByRole('link', { name: `Drill MLA-C01 ${mlaLabel(firstTask)}` })).toHaveAttribute(
      'href',
      mlaTaskDrillHref(firstTask),
    );
    // Pages to read: pages tagged with the task statement, never the exam or reference pages.
    const reading = await item.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    const teaching = content.pages.filter((p) => p.data.domain !== undefined && covers(p.data.mla, firstTask)).map((p) => pageHref(p.id));
    const pages = reading.filter((href) => !href.startsWith('/practice/'));
    expect(pages.length).toBeGreaterThan(0);
    for (const href of pages) expect(teaching).toContain(href);
  });

  test('search offers an exam filter that keeps to the pages teaching MLA-C01 items', async ({ page }) => {
    await page.goto('/');
    // The button shows once search is ready (sg-search), so the click waits for it.
    await page.getByRole('button', { name: /Search/ }).click();
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('data');
    await expect(searchResults(page).getByRole('link').first()).toBeVisible();
    // Pagefind's filter disclosure: its summary has no role or name to find it by.
    await page.locator('pagefind-filter-pane summary', { hasText: /^exam/i }).click();
    await page
      .getByRole('group', { name: /^exam/i })
      .getByRole('checkbox', { name: /MLA-C01/ })
      .check();
    const teaching = new Set(content.pages.filter((p) => p.data.mla.length > 0).map((p) => pageHref(p.id)));
    await expect
      .poll(async () => {
        const hrefs = await searchResults(page)
          .getByRole('link')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
        return hrefs.length > 0 && hrefs.every((href) => teaching.has(href));
      })
      .toBe(true);
  });

  test('with MLA-C01 chosen, search starts filtered to the pages teaching MLA-C01, and unticking searches everything', async ({ page }) => {
    await page.goto('/?exam=mla');
    await page.getByRole('button', { name: /Search/ }).click();
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('data');
    const teaching = new Set(content.pages.filter((p) => p.data.mla.length > 0).map((p) => pageHref(p.id)));
    const hrefs = () =>
      searchResults(page)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    await expect.poll(async () => (await hrefs()).length > 0 && (await hrefs()).every((href) => teaching.has(href))).toBe(true);
    await page.locator('pagefind-filter-pane summary', { hasText: /^exam/i }).click();
    const mla = page.getByRole('group', { name: /^exam/i }).getByRole('checkbox', { name: /MLA-C01/ });
    await expect(mla).toBeChecked();
    // Pagefind's summary says how many pages match: fewer with the filter than without it, since pages
    // that teach no MLA-C01 item (the glossary, the exam pages) mention data too.
    const count = async () => Number(/(\d+) results?/.exec((await page.locator('pagefind-summary').textContent()) ?? '')?.[1] ?? 0);
    await expect.poll(count).toBeGreaterThan(0);
    const filtered = await count();
    await mla.uncheck();
    await expect.poll(count).toBeGreaterThan(filtered);
  });
});

test.describe('an MLA-C01 drill', () => {
  test('shows every question tagged with its task statement, MLA-C01-only ones included, and records answers', async ({ page }) => {
    const questions = questionsOf(drillTask.id);
    await page.goto('/practice/drills/');
    await page.getByRole('link', { name: `MLA-C01 ${mlaLabel(drillTask.id)} ${drillTask.title}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${mlaTaskDrillHref(drillTask.id)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Drill: MLA-C01 ${mlaLabel(drillTask.id)} ${drillTask.title}`);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).not.toContain('of the MLS-C01 exam');
    // The drill's own status, once it runs: the first set of ten of all the task statement's questions.
    await expect(page.locator('[data-drill-status]')).toContainText(
      `Questions 1 to ${Math.min(10, questions.length)} of ${questions.length},`,
    );
    await expect(page.locator('form[data-question]')).toHaveCount(questions.length);
    const mlaOnly = questions.find((q) => q.data.domain === undefined)!;
    await expect(questionForm(page, mlaOnly.data.id)).toHaveCount(1);
    const visible = page.locator('.sg-questions > li:visible');
    await expect(visible).toHaveCount(Math.min(10, questions.length));
    const form = visible.first().locator('form');
    const id = (await form.getAttribute('data-question'))!;
    await answer(form, await optionNames(id, optionsFor(id, 'right')));
    await expect(form.locator('.sg-question-result')).toContainText('Correct.');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sg-progress') ?? 'null'));
    expect(stored.answers[id].source).toBe('drill');
  });
});

test.describe('the exam switch without JavaScript', () => {
  test('pages read in MLS-C01 order and MLA-C01 content is reachable by links', async ({ newContext }) => {
    const context = await newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/reference/exam-guide-map/?exam=mla');
    const mls = page.getByRole('heading', { name: 'MLS-C01 outline' });
    const mla = page.getByRole('heading', { name: 'MLA-C01 outline' });
    await expect(mla).toBeVisible();
    expect(await top(mls)).toBeLessThan(await top(mla));
    await page.goto('/practice/drills/');
    await page.getByRole('link', { name: `MLA-C01 ${mlaLabel(drillTask.id)} ${drillTask.title}`, exact: true }).click();
    await expect(page.locator('.sg-questions > li:visible')).toHaveCount(questionsOf(drillTask.id).length);
  });
});

test.describe('the exam switch: accessibility', () => {
  const paths = [
    '/',
    `/${domain.slug}/`,
    pageHref(mlsOnly.id),
    '/reference/exam-guide-map/',
    '/practice/drills/',
    mlaTaskDrillHref(drillTask.id),
    '/practice/progress/',
  ];
  for (const exam of ['mls', 'mla'] as const) {
    test(`axe: the pages that follow the exam, ${exam === 'mla' ? 'MLA-C01' : 'MLS-C01'} chosen`, async ({ page, axe }) => {
      test.setTimeout(120_000);
      for (const path of paths) {
        await page.goto(`${path}?exam=${exam}`);
        expect(await chosenExam(page)).toBe(exam);
        await axe.expectNone(`${path} with ${exam}`);
      }
    });
  }
});
