/**
 * Coverage of the real content: every task statement and bullet of the outline is taught by a page,
 * each task statement has the number of questions its domain's content issue asks for, every built-in
 * algorithm has its page and every in-scope service its entry in the Services A–Z.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildOutlineData } from '../open-data/open-data.ts';
import { readContent } from './read-content.ts';

const { outline, pages, questions } = readContent(process.cwd());
const data = buildOutlineData(
  outline!,
  pages.map((p) => ({ id: p.id, tasks: p.data.tasks })),
  questions.map((q) => ({ id: q.data.id, tasks: q.data.tasks })),
);
/** Minimum questions per task statement, by domain (content issues for domains 1–2, 3 and 4). */
const MIN_QUESTIONS: Record<string, number> = { '1': 12, '2': 12, '3': 18, '4': 14 };
const scope = parse(readFileSync('content/scope.yaml', 'utf8')) as {
  algorithms: { name: string; page: string }[];
  services: string[];
};

describe.each(data.domains.map((d) => [d.id, d] as const))('domain %s', (_, domain) => {
  it('teaches every task statement and bullet on at least one page', () => {
    const gaps = domain.tasks.flatMap((t) => [t, ...t.bullets]).filter((x) => x.pages.length === 0).map((x) => x.id);
    expect(gaps).toEqual([]);
  });

  it(`has at least ${MIN_QUESTIONS[domain.id]} questions for every task statement, a fifth of them multiple response`, () => {
    const short = domain.tasks.filter((t) => t.questions.length < MIN_QUESTIONS[domain.id]!).map((t) => `${t.id}: ${t.questions.length}`);
    expect(short).toEqual([]);
    const own = questions.filter((q) => q.data.domain === Number(domain.id));
    expect(own.filter((q) => q.data.type === 'multiple').length).toBeGreaterThanOrEqual(own.length / 5);
  });
});

describe('scope', () => {
  const pageIds = new Set(pages.map((p) => p.id));

  it('every built-in algorithm has its page', () => {
    expect(scope.algorithms.filter((a) => !pageIds.has(a.page)).map((a) => a.name)).toEqual([]);
  });

  it('every in-scope service has an entry in the Services A–Z', () => {
    const services = readFileSync('content/pages/reference/services.mdx', 'utf8');
    const headings = [...services.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    const missing = scope.services.filter((name) => !headings.some((h) => h.startsWith(name)));
    expect(missing).toEqual([]);
  });

  // The reference sheets sit beside the project on developer machines and in CI; when they are there,
  // the scope list must still name everything they name.
  const reference = '../shared/reference';
  it.runIf(existsSync(`${reference}/algorithms.md`))('names every algorithm of the reference sheet', () => {
    const sheet = readFileSync(`${reference}/algorithms.md`, 'utf8');
    const section = sheet.slice(sheet.indexOf('## Tabular / supervised'), sheet.indexOf('## Training platform'));
    const names = [...section.matchAll(/^### \d+\. (.+)$/gm)].map((m) => m[1]!.trim());
    expect(names.length).toBeGreaterThanOrEqual(24);
    expect(names.filter((n) => !scope.algorithms.some((a) => a.name === n))).toEqual([]);
  });

  it.runIf(existsSync(`${reference}/exam-guide.md`))('names every service of the reference in-scope lists', () => {
    const guide = readFileSync(`${reference}/exam-guide.md`, 'utf8');
    const lists = guide.slice(guide.indexOf('### 3.1 In-scope AWS services'), guide.indexOf('### 3.3 Out-of-scope'));
    const named = [...lists.matchAll(/\*\*[^*]+:\*\* ([^\n]+)/g)]
      .flatMap((m) => m[1]!.split(';'))
      .map((s) => s.replace(/\*\*/g, '').replace(/\(.*\)/g, '').trim())
      .filter((s) => /^(Amazon|AWS)\b/.test(s));
    const known = (n: string) =>
      scope.services.some((s) => n.startsWith(s) || s.startsWith(n)) ||
      // Renamed: the guide's older name is taught under the new one.
      (n === 'Amazon Kinesis Data Firehose' && scope.services.includes('Amazon Data Firehose')) ||
      ((n.startsWith('AWS Deep Learning AMIs') || n === 'AWS DLAMI') && scope.services.includes('AWS Deep Learning AMIs'));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((n) => !known(n))).toEqual([]);
  });
});
