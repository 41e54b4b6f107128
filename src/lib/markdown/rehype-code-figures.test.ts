import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

describe('code blocks as figures (the site pipeline)', () => {
  it('wraps a highlighted block in a figure whose bar names the language and holds a hidden Copy button', async () => {
    const html = await renderMarkdown('```python\nprint(1)\n```');
    expect(html).toMatch(/^<figure class="sg-code"><figcaption class="sg-code-bar"><span class="sg-code-language">Python<\/span>/);
    expect(html).toContain(
      '<sg-code-copy><button type="button" class="sg-code-copy" data-sg-chrome="copy" hidden>Copy</button></sg-code-copy></figcaption><pre',
    );
    expect(html).toMatch(/<\/pre><\/figure>$/);
  });

  it('names a block without a language “Text”', async () => {
    expect(await renderMarkdown('```\nplain\n```')).toContain('<span class="sg-code-language">Text</span>');
  });
});
