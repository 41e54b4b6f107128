import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content/content-rules.ts';
import { readContent } from '../lib/content/read-content.ts';

/** Fails `astro build` and `astro dev` on invalid content, listing every problem. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sg:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems, pages, questions, trees } = readContent(new URL('.', config.root).pathname);
        if (problems.length > 0) {
          throw new Error(
            `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
              problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
          );
        }
        logger.info(`${pages.length} pages, ${questions.length} questions and ${trees.length} decision trees are valid`);
      },
    },
  };
}
