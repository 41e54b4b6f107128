/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of every `astro build`, so the
 * built site always ships an index that matches its pages.
 *
 * What is indexed: only elements marked `data-pagefind-body` (the article of a guide page), so page
 * chrome stays out. Inside it, KaTeX's visual HTML and its TeX annotation are skipped, leaving each
 * formula's text once (its MathML); quizzes carry `data-pagefind-ignore="all"` themselves.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const pagefindExcludeSelectors = ['.katex-html', 'annotation'];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'sg:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: pagefindExcludeSelectors });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages into pagefind/`);
      },
    },
  };
}
