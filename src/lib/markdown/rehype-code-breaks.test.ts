import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown.ts';

describe('inline code breaks (the site pipeline)', () => {
  it('puts a break opportunity after _ . : / = and inside CamelCase in inline code, never inside a word', async () => {
    expect(await renderInlineMarkdown('`min_child_weight` and `reg:squarederror`')).toBe(
      '<code>min_<wbr>child_<wbr>weight</code> and <code>reg:<wbr>squarederror</code>',
    );
    expect(await renderInlineMarkdown('`ml.p3.16xlarge`')).toBe('<code>ml.<wbr>p3.<wbr>16xlarge</code>');
    expect(await renderInlineMarkdown('`UpdateEndpoint`')).toBe('<code>Update<wbr>Endpoint</code>');
  });

  it('leaves code blocks, words without those characters and trailing punctuation alone', async () => {
    expect(await renderInlineMarkdown('`Pipe` and `s3://`')).toBe('<code>Pipe</code> and <code>s3://</code>');
    expect(await renderMarkdown('```\na_b.c\n```')).not.toContain('<wbr>');
  });
});
