import { createHash, randomBytes } from "node:crypto";
import { inlineScripts, isStorableResponse, PAGE_CACHE_MAX_BYTES } from "./rules";

/**
 * The public page cache of this instance: rendered pages in memory for a few seconds
 * (`pageCacheTtlMs`), oldest out first above PAGE_CACHE_MAX_BYTES. Nothing needs invalidating:
 * every entry is at most that old, on every instance alike, so several instances on one database
 * show a change within the same few seconds without telling each other. A page is rendered by a
 * request this instance makes to itself (`RENDER_HEADER`, with a secret only this process knows),
 * without any cookie, so it is the page of a visitor who is not signed in.
 */

/** The header of the render request; its value is this process' secret, so nobody else can send it. */
export const RENDER_HEADER = "x-kommunalnetz-page-render";
const secret = randomBytes(24).toString("base64url");
/** A render that takes longer fails, and the visitor's page is rendered for them instead. */
const RENDER_TIMEOUT_MS = 20_000;

export function isRenderRequest(headers: Headers): boolean {
  return headers.get(RENDER_HEADER) === secret;
}

export type CachedPage = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** 'sha256-…' sources for the page's inline scripts. */
  scriptHashes: string[];
  /** A complete HTML 200 without cookies (isStorableResponse): kept for the next visitors. */
  storable: boolean;
  storedAt: number;
};

const pages = new Map<string, CachedPage>();
const rendering = new Map<string, Promise<CachedPage>>();
let storedBytes = 0;

/** Headers of the render that the answer keeps (everything else is set by proxy.ts or the server). */
const KEPT_HEADERS = new Set(["content-type", "link", "location", "x-robots-tag", "content-language"]);

/** This server's own address, as Next.js records it when it starts listening (never a request header). */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

function remember(key: string, page: CachedPage) {
  const old = pages.get(key);
  if (old) {
    storedBytes -= old.body.length;
    pages.delete(key);
  }
  pages.set(key, page);
  storedBytes += page.body.length;
  for (const [oldest, entry] of pages) {
    if (storedBytes <= PAGE_CACHE_MAX_BYTES) break;
    pages.delete(oldest);
    storedBytes -= entry.body.length;
  }
}

async function render(url: string): Promise<CachedPage> {
  const response = await fetch(url, { headers: { [RENDER_HEADER]: secret, accept: "text/html", "accept-encoding": "identity" }, redirect: "manual", cache: "no-store", signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) });
  const body = Buffer.from(await response.arrayBuffer());
  const html = (response.headers.get("content-type") ?? "").startsWith("text/html") ? body.toString("utf8") : "";
  const scriptHashes = inlineScripts(html).map((script) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`);
  const headers = [...response.headers].filter(([name]) => KEPT_HEADERS.has(name.toLowerCase()));
  return {
    status: response.status,
    headers: response.headers.has("set-cookie") ? [...headers, ...response.headers.getSetCookie().map((c): [string, string] => ["set-cookie", c])] : headers,
    body,
    scriptHashes,
    storable: isStorableResponse(response.status, response.headers, body.length),
    storedAt: Date.now(),
  };
}

/**
 * The page for this URL: from the cache while younger than `ttlMs`, otherwise rendered (once,
 * however many ask at the same moment) and kept if it is storable. `path` is path and query.
 */
export async function cachedPage(path: string, ttlMs: number, now = Date.now()): Promise<CachedPage & { hit: boolean }> {
  const hit = pages.get(path);
  if (hit && now - hit.storedAt < ttlMs) return { ...hit, hit: true };
  let pending = rendering.get(path);
  if (!pending) {
    // Kept once, by the render, however many requests wait for it.
    pending = render(`${ownOrigin()}${path}`)
      .then((page) => {
        if (page.storable) remember(path, page);
        return page;
      })
      .finally(() => rendering.delete(path));
    rendering.set(path, pending);
  }
  return { ...(await pending), hit: false };
}
