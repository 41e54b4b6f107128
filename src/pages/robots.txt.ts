import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/build/site-meta.ts';

/** `/robots.txt`, naming the sitemap when the build knows the site's public origin (SITE_URL). */
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
