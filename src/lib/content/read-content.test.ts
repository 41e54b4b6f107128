import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-rules.ts';
import { readContent } from './read-content.ts';

/** A project root with the real outline and one valid page, to which a test adds files. */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-content-'));
  mkdirSync(join(root, 'content/pages/data-engineering'), { recursive: true });
  mkdirSync(join(root, 'content/questions/d1'), { recursive: true });
  cpSync(join(process.cwd(), 'content/outline.yaml'), join(root, 'content/outline.yaml'));
  cpSync(join(process.cwd(), 'content/mla-outline.yaml'), join(root, 'content/mla-outline.yaml'));
  writeFileSync(
    join(root, 'content/pages/data-engineering/streaming.mdx'),
    `---
title: Streaming ingestion
description: Which streaming service fits which ML ingestion job on AWS.
domain: 1
tasks: ["1.2"]
order: 1
sources: ["https://docs.aws.amazon.com/streams/latest/dev/introduction.html"]
updated: 2026-11-23
---
Text.
`,
  );
  return root;
}

describe('readContent', () => {
  it('reads the real content/ without problems', () => {
    const { problems, pages, questions } = readContent(process.cwd());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(pages.length).toBeGreaterThan(0);
    expect(questions.length).toBeGreaterThan(0);
  });

  it('names the file, the field, the value found and what is allowed', () => {
    const root = fixture();
    writeFileSync(
      join(root, 'content/questions/d1/d1-bad.yaml'),
      `id: d1-bad
domain: 1
tasks: ["1.2"]
type: singel
page: data-engineering/streaming
stem: A scenario long enough to be a stem of a question.
options:
  - { id: a, text: A, correct: true, explanation: Right because of a reason. }
  - { id: b, text: B, correct: false, explanation: Wrong because of a reason. }
  - { id: c, text: C, correct: false, explanation: Wrong because of a reason. }
  - { id: d, text: D, correct: false }
references: ["https://docs.aws.amazon.com/streams/"]
`,
    );
    const lines = readContent(root).problems.map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/questions\/d1\/d1-bad\.yaml › type: found "singel"; allowed: .*"single".*"multiple"/);
    expect(lines[1]).toMatch(/^content\/questions\/d1\/d1-bad\.yaml › options\[3\]\.explanation: found nothing; allowed: /);
  });

  it('reports an unknown frontmatter field and a bad date on a page', () => {
    const root = fixture();
    writeFileSync(
      join(root, 'content/pages/data-engineering/typo.mdx'),
      `---
title: A page with typos
description: This page has a misspelt field and an impossible date in it.
domain: 1
tasks: ["1.1"]
order: 2
source: ["https://docs.aws.amazon.com/"]
updated: not-a-date
---
`,
    );
    const lines = readContent(root).problems.map(formatProblem).sort();
    expect(lines).toEqual([
      expect.stringMatching(/typo\.mdx › \(file\): found unknown field\(s\) source; allowed: /),
      expect.stringMatching(/typo\.mdx › sources: found nothing; allowed: /),
      expect.stringMatching(/typo\.mdx › updated: found "not-a-date"; allowed: /),
    ].sort());
  });

  it('reports one bad frontmatter value once, not again for every question on that page', () => {
    const root = fixture();
    const page = join(root, 'content/pages/data-engineering/streaming.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('domain: 1', 'domain: one'));
    const option = (id: string, correct: boolean) => ({ id, text: id.toUpperCase(), correct, explanation: 'Because of a reason.' });
    const question = {
      id: 'd1-on-streaming',
      domain: 1,
      tasks: ['1.2'],
      type: 'single',
      page: 'data-engineering/streaming',
      stem: 'A scenario long enough to be a stem of a question.',
      options: [option('a', true), option('b', false), option('c', false), option('d', false)],
      references: ['https://docs.aws.amazon.com/streams/'],
    };
    // YAML is a superset of JSON.
    writeFileSync(join(root, 'content/questions/d1/d1-on-streaming.yaml'), JSON.stringify(question));
    expect(readContent(root).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/pages\/data-engineering\/streaming\.mdx › domain: found "one"; allowed: /),
    ]);
  });

  it('reads the MLA-C01 outline and names an MLA-C01 tag that is not in it', () => {
    const root = fixture();
    const page = join(root, 'content/pages/data-engineering/streaming.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('tasks: ["1.2"]', 'tasks: ["1.2"]\nmla: ["mla:1.1.k3", "mla:1.1.k9"]'));
    const { mlaOutline, problems } = readContent(root);
    expect(mlaOutline?.domains.map((d) => d.weight)).toEqual([28, 26, 22, 24]);
    expect(problems.map(formatProblem)).toEqual([
      'content/pages/data-engineering/streaming.mdx › mla[1]: found "mla:1.1.k9"; allowed: an MLA-C01 task statement or item id from content/mla-outline.yaml',
    ]);
  });
});
