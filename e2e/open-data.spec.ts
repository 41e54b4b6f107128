import { expect, test } from './fixtures.ts';
import { covers } from '../src/lib/outline/outline.ts';
import { bulletAnchor } from '../src/lib/urls.ts';
import { content } from './site.ts';

test.describe('open data', () => {
  test('questions.json publishes every question of the bank as it is in content/', async ({ request }) => {
    const data = (await (await request.get('/data/questions.json')).json()) as {
      version: number;
      questions: {
        id: string;
        domain: number | null;
        exams: string[];
        tasks: string[];
        type: string;
        select: number;
        stem: string;
        options: { id: string; correct: boolean; explanation: string }[];
        steps?: { id: string; text: string; explanation: string }[];
        prompts?: { id: string; text: string; answer: string; explanation: string }[];
        responses?: { id: string; text: string }[];
        case?: string;
        references: string[];
        page: string;
      }[];
      caseStudies: { id: string; title: string; scenario: string }[];
    };
    expect(data.version).toBe(3);
    expect(data.caseStudies.map((c) => c.id)).toEqual(content.caseStudies.map((c) => c.data.id).sort());
    expect(data.questions).toHaveLength(content.questions.length);
    for (const { data: q } of content.questions) {
      const published = data.questions.find((p) => p.id === q.id)!;
      expect(published, q.id).toBeDefined();
      expect(published.domain).toBe(q.domain ?? null);
      expect(published.exams).toEqual([...(q.tasks.length ? ['MLS-C01'] : []), ...(q.mla.length ? ['MLA-C01'] : [])]);
      expect(published.tasks).toEqual(q.tasks);
      expect(published.select).toBe(q.select ?? 1);
      expect(published.page).toBe(`/${q.page}/`);
      expect(published.options.map((o) => [o.id, o.correct, o.explanation])).toEqual(
        q.options.map((o) => [o.id, o.correct, o.explanation]),
      );
      expect(published.type).toBe(q.type);
      expect(published.steps).toEqual(q.type === 'ordering' ? q.steps : undefined);
      expect(published.prompts).toEqual(q.type === 'matching' ? q.prompts : undefined);
      expect(published.responses).toEqual(q.type === 'matching' ? q.responses : undefined);
      expect(published.case).toBe(q.case);
    }
    // Every page a question points to resolves in the built site.
    for (const page of new Set(data.questions.map((q) => q.page))) expect((await request.get(page)).ok(), page).toBe(true);
  });

  test('outline.json lists every task statement and bullet with the pages and questions tagged with it', async ({ request }) => {
    const data = (await (await request.get('/data/outline.json')).json()) as {
      version: number;
      domains: {
        id: string;
        weight: number;
        tasks: { id: string; pages: string[]; questions: string[]; bullets: { id: string; pages: string[]; questions: string[] }[] }[];
      }[];
    };
    expect(data.version).toBe(1);
    expect(data.domains.map((d) => d.weight)).toEqual(content.outline!.domains.map((d) => d.weight));
    const entries = data.domains.flatMap((d) => d.tasks.flatMap((t) => [t, ...t.bullets]));
    expect(entries).toHaveLength(content.outline!.domains.flatMap((d) => d.tasks.flatMap((t) => [t, ...t.bullets])).length);
    for (const entry of entries) {
      const questions = content.questions
        .filter((q) => covers(q.data.tasks, entry.id))
        .map((q) => q.data.id)
        .sort();
      const pages = content.pages
        .filter((p) => covers(p.data.tasks, entry.id))
        .map((p) => `/${p.id}/`)
        .sort();
      expect([...entry.questions].sort(), entry.id).toEqual(questions);
      expect([...entry.pages].sort(), entry.id).toEqual(pages);
    }
  });

  test('the exam guide map shows every bullet with its question count', async ({ page }) => {
    await page.goto('/reference/exam-guide-map/');
    for (const domain of content.outline!.domains) {
      for (const task of domain.tasks) {
        for (const bullet of task.bullets) {
          // The row whose header is the bullet: its id is the anchor the outline links to.
          const row = page.getByRole('row').filter({ has: page.locator(`th#${bulletAnchor(bullet.id)}`) });
          const count = content.questions.filter((q) => covers(q.data.tasks, bullet.id)).length;
          await expect(row.getByRole('cell').last()).toHaveText(count === 0 ? 'Gap: none yet' : String(count));
        }
      }
    }
  });
});
