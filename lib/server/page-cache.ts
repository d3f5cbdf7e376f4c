// Rendered pages kept in memory, gzipped once: least recently used first out past a byte budget, and
// none older than a maximum age. Concurrent requests for the same missing page share one render.
// A page's CSP nonce is a hole in its compressed copy (lib/server/gzip-template.ts), so each response
// carries a nonce of its own, as when Next.js renders it.
import { fillGzipTemplate, gzipTemplate, type GzipTemplate } from "@/lib/server/gzip-template";

export type CachedPage = { headers: Record<string, string>; body: GzipTemplate; nonce: string; bytes: number; storedAt: number };

/** A page as Next.js rendered it (kept only when it is a plain 200 without a cookie). */
export type RenderedPage = { status: number; headers: Record<string, string>; body: Buffer };

// Response headers that describe one transfer, not the page.
const transferHeaders = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "transfer-encoding"]);

function cacheable(page: RenderedPage): boolean {
  return page.status === 200 && !("set-cookie" in page.headers);
}

/** The stored page as one response: gzipped, with `nonce` wherever the render had its own (if it had one). */
export function responseOf(page: CachedPage, nonce: string): { headers: Record<string, string>; body: Buffer } {
  if (!page.nonce) return { headers: page.headers, body: fillGzipTemplate(page.body, Buffer.alloc(0)) };
  const headers = Object.fromEntries(Object.entries(page.headers).map(([name, value]) => [name, value.replaceAll(page.nonce, nonce)]));
  return { headers, body: fillGzipTemplate(page.body, Buffer.from(nonce)) };
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly rendering = new Map<string, Promise<CachedPage | null>>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  /** The page under `key`, rendering it when missing or too old; null when the render is not cacheable. */
  async get(key: string, render: () => Promise<RenderedPage>): Promise<{ page: CachedPage; hit: boolean } | null> {
    const page = this.pages.get(key);
    if (page && this.now() - page.storedAt < this.maxAgeMs) {
      // Re-inserted: Map keeps insertion order, so the first key is always the least recently used.
      this.pages.delete(key);
      this.pages.set(key, page);
      return { page, hit: true };
    }
    if (page) this.remove(key);
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = this.store(key, render).finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
    }
    const stored = await pending;
    return stored && { page: stored, hit: false };
  }

  private async store(key: string, render: () => Promise<RenderedPage>): Promise<CachedPage | null> {
    const rendered = await render();
    if (!cacheable(rendered)) return null;
    const headers = Object.fromEntries(Object.entries(rendered.headers).filter(([name]) => !transferHeaders.has(name)));
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "";
    const body = gzipTemplate(rendered.body, Buffer.from(nonce));
    const bytes = body.stretches.reduce((sum, stretch) => sum + stretch.deflated.length, 0);
    const page: CachedPage = { headers, body, nonce, bytes, storedAt: this.now() };
    if (bytes > this.maxBytes) return page;
    this.pages.set(key, page);
    this.bytes += bytes;
    while (this.bytes > this.maxBytes) this.remove(this.pages.keys().next().value as string);
    return page;
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }
}
