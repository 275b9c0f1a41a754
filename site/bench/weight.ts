import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** gzip bytes of the HTML document. */
  html: number;
  /** gzip bytes of every script file the page loads or preloads on first load. */
  js: number;
  /** gzip bytes of inline scripts (the small enhancers; JSON-LD not counted), already inside `html`. */
  inlineJs: number;
  /** gzip bytes of stylesheets (inline styles count in the HTML). */
  css: number;
  scripts: number;
}

const gz = (body: Uint8Array | string) => gzipSync(body, { level: 9 }).byteLength;

/** Script and stylesheet URLs a server-rendered page makes the browser load on first load. */
export function assetUrls(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) if (match[1]) js.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) if (match[1]) js.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) if (match[1]) css.add(match[1]);
  return { js: [...js], css: [...css] };
}

/** First-load transfer weight of one page, gzip-compressed as a server would send it. */
export async function pageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const res = await fetch(new URL(path, baseUrl), { headers: { accept: 'text/html' } });
  const html = await res.text();
  const { js, css } = assetUrls(html);
  const size = async (url: string) => gz(new Uint8Array(await (await fetch(new URL(url, baseUrl))).arrayBuffer()));
  const jsSizes = await Promise.all(js.map(size));
  const cssSizes = await Promise.all(css.map(size));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
  return { html: gz(html), js: sum(jsSizes), inlineJs: inline.trim() ? gz(inline) : 0, css: sum(cssSizes), scripts: js.length };
}
