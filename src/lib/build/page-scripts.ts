/**
 * The JavaScript a built page loads: its inline scripts, its external module scripts and, through
 * static `import`/`from` specifiers, the chunks those import, each once. Pure: `read` gives a file's
 * text by its site path (or undefined when missing).
 */
export interface PageScript {
  name: string;
  code: string;
}

export function pageScripts(html: string, read: (sitePath: string) => string | undefined): PageScript[] {
  const out: PageScript[] = [];
  const seen = new Set<string>();
  const visit = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    const code = read(sitePath);
    if (code === undefined) return;
    out.push({ name: sitePath, code });
    const base = sitePath.slice(0, sitePath.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      visit(spec.startsWith('/') ? spec : new URL(spec, `http://x${base}`).pathname);
    }
  };
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type="application\/(?:ld\+)?json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(src);
    else if (m[2]!.trim()) out.push({ name: `inline script ${++inline}`, code: m[2]! });
  }
  return out;
}
