/**
 * What a page and robots.txt say about the site's public address. Both need the origin the site is
 * deployed on (SITE_URL at build time): without it there is no honest absolute URL to give, so the
 * canonical link, the sitemap and robots.txt's `Sitemap` line (which must be absolute) are left out
 * rather than pointed at a local server. Pure.
 */

/** The sitemap index @astrojs/sitemap writes when the site's origin is known. */
export const SITEMAP_PATH = '/sitemap-index.xml';

/** The canonical URL of the page at `pathname`, or nothing when the site's origin is unknown. */
export const canonicalUrl = (pathname: string, site: URL | undefined): URL | undefined => (site ? new URL(pathname, site) : undefined);

/** robots.txt: the whole site may be crawled; the sitemap is named when the origin is known. */
export function robotsTxt(site: URL | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(SITEMAP_PATH, site).href}`);
  return `${lines.join('\n')}\n`;
}
