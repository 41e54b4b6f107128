import { expect, test } from './fixtures.ts';
import { builtPages, content } from './site.ts';

const guidePage = content.pages.find((p) => p.id.startsWith('modeling/') && !p.id.includes('/algorithms/'))!;
const sectionOf = (id: string) => id.split('/')[0];
/** Playwright's getByRole has no option for aria-current, so the current link is found by the attribute. */
const currentPage = 'a[aria-current="page"]';
/** What the sidebar shows for a page: its short label, else its title. */
const label = (p: (typeof content.pages)[number]) => p.data.sidebar ?? p.data.title;

test.describe('navigation: sidebar, breadcrumbs, pager and contents', () => {
  test('the sidebar marks the current page and leads to the next one', async ({ page }) => {
    await page.goto(`/${guidePage.id}/`);
    const nav = page.getByRole('navigation', { name: 'Guide' });
    await expect(nav.locator(currentPage)).toHaveText(label(guidePage));
    const sibling = content.pages
      .filter((p) => sectionOf(p.id) === sectionOf(guidePage.id) && p.id !== guidePage.id && !p.data.group)
      .at(0)!;
    await nav.getByRole('link', { name: label(sibling), exact: true }).click();
    await expect(page).toHaveURL(`/${sibling.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sibling.data.title);
    await expect(nav.locator(currentPage)).toHaveText(label(sibling));
  });

  const deepPage = content.pages.find((p) => p.id === 'modeling/algorithms/xgboost')!;
  const drillPath = builtPages().find((path) => /^\/practice\/drills\/.+\//.test(path))!;
  for (const [path, name] of [
    [`/${deepPage.id}/`, label(deepPage)],
    [drillPath, 'Drills'],
  ] as const) {
    test(`on ${path} the current sidebar item is marked and in the sidebar's own view`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Guide' });
      const current = nav.locator(currentPage);
      await expect(current).toHaveText(name);
      await expect
        .poll(async () => {
          const [box, item] = [await nav.boundingBox(), await current.boundingBox()];
          return box !== null && item !== null && item.y >= box.y && item.y + item.height <= box.y + box.height;
        })
        .toBe(true);
      // The sidebar scrolled itself, not the window.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  test('on a long page "On this page" stays in view and "Back to top" appears once scrolled', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const long = content.pages.find((p) => p.id === 'modeling/evaluation-metrics')!;
    await page.goto(`/${long.id}/`);
    const toTop = page.getByRole('link', { name: 'Back to top' });
    await expect(toTop).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(5000);
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('heading', { name: 'On this page' })).toBeInViewport();
    await expect(toTop).toBeInViewport();
    await toTop.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(toTop).toBeHidden();
  });

  test('sidebar groups open and close with a chevron, not the browser marker', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${deepPage.id}/`);
    const nav = page.getByRole('navigation', { name: 'Guide' });
    const summary = nav.locator('summary').filter({ hasText: 'Practice' });
    const chevron = summary.locator('svg');
    expect(await summary.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await expect(chevron).toBeVisible();
    expect(await chevron.evaluate((el) => getComputedStyle(el).rotate)).toBe('none');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name: 'Practice exam' })).toBeVisible();
    await expect.poll(() => chevron.evaluate((el) => getComputedStyle(el).rotate)).toBe('90deg');
  });

  test('breadcrumbs and previous/next links lead through the guide', async ({ page }) => {
    await page.goto(`/${guidePage.id}/`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(crumbs.first()).toHaveText('Home');
    await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
    const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
    const next = pager.getByRole('link', { name: /^Next / });
    const nextTitle = (await next.innerText()).replace(/^Next\s+/, '').trim();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
    await page
      .getByRole('navigation', { name: 'Previous and next pages' })
      .getByRole('link', { name: /^Previous / })
      .click();
    await expect(page).toHaveURL(`/${guidePage.id}/`);
  });

  test('the table of contents follows the reader', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`/${guidePage.id}/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThan(2);
    const target = links.nth(2);
    const hash = (await target.getAttribute('href'))!;
    await target.click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', hash);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', (await links.first().getAttribute('href'))!);
  });
});

test.describe('theme', () => {
  test('the theme toggle persists across reloads and is applied before first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    // The theme must be set by the head script, before the body (and the first paint) exists.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {}, { once: true });
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('missing pages and the skip link', () => {
  test('a missing page answers 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL('/');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(`/${guidePage.id}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('small screens', () => {
  test('on a phone the menu button opens and closes the navigation', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/${guidePage.id}/`);
    const nav = page.getByRole('navigation', { name: 'Guide' });
    await expect(nav).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.locator(currentPage)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('at 375 px no page scrolls sideways', async ({ page }) => {
    // Every built page, one after another: minutes on a loaded machine.
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 375, height: 740 });
    const overflowing: string[] = [];
    for (const path of builtPages()) {
      await page.goto(path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) overflowing.push(`${path} (${scroll} > ${client})`);
    }
    expect(overflowing).toEqual([]);
  });
});

test.describe('without JavaScript, and in the HTML', () => {
  test('without JavaScript the navigation and content are all there', async ({ newContext }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${guidePage.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guidePage.data.title);
    await expect(page.getByRole('navigation', { name: 'Guide' }).locator(currentPage)).toHaveText(label(guidePage));
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });

  test('every page has a description, a canonical URL and a single h1', async ({ request }) => {
    for (const path of builtPages().filter((p) => p !== '/404.html')) {
      const html = await (await request.get(path)).text();
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
      expect(html.match(/<h1\b/g)?.length, path).toBe(1);
    }
    expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
  });
});
