// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { rehypePlugins, remarkPlugins, shikiThemes } from './src/lib/markdown/markdown-options.ts';

// The public origin of the deployed site, used for canonical URLs and the sitemap.
// `npm start` serves on this origin locally; set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
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
  // Order matters at the end of the build: the search index first, then the service worker that precaches it.
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex(), offline()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
