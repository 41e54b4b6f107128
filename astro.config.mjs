// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { katexFonts } from './src/integrations/katex-fonts.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { rehypePlugins, remarkPlugins, shikiThemes } from './src/lib/markdown/markdown-options.ts';

// The public origin of the deployed site, for canonical URLs, the sitemap and robots.txt. Without it
// the build leaves those out (src/lib/build/site-meta.ts) and says so, rather than pointing them at a
// local server. `npm start` and `npm test` build for http://localhost:4321, where they serve.
const site = process.env.SITE_URL || undefined;

/** @type {import('astro').AstroIntegration} */
const siteUrlNotice = {
  name: 'sg:site-url',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command === 'build' && !site) {
        logger.warn('SITE_URL is not set: pages get no canonical URL, no sitemap is written and robots.txt names none.');
      }
    },
  },
};

export default defineConfig({
  ...(site ? { site } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark/rehype plugins; math needs unified.
    processor: unified({
      remarkPlugins: [...remarkPlugins],
      // @ts-expect-error readonly plugin tuples
      rehypePlugins: [...rehypePlugins],
    }),
    shikiConfig: { themes: shikiThemes, defaultColor: false },
  },
  // Order matters at the end of the build: the KaTeX font subsets (they rewrite page heads), the search
  // index, then the
  // service worker that precaches them.
  integrations: [siteUrlNotice, contentCheck(), mdx(), sitemap(), katexFonts(), pagefindIndex(), offline(), securityHeaders()],
  // Scripts are never inlined into a page, however small: the site runs under `script-src 'self'`.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') || file.endsWith('.ts') ? false : undefined) } },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
