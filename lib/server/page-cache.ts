// Rendered pages kept in memory, gzipped once: least recently used first out past a byte budget, and
// none older than a maximum age. Concurrent requests for the same missing page share one render.
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipped = promisify(gzip);

export type CachedPage = { headers: Record<string, string>; gzippedBody: Buffer; storedAt: number };

/** A page as rendered, or null when it must not be kept (not a 200, sets a cookie). */
export type RenderedPage = { status: number; headers: Record<string, string>; body: Buffer };

// Response headers that describe one transfer, not the page.
const transferHeaders = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "transfer-encoding"]);

export function cacheable(page: RenderedPage): boolean {
  return page.status === 200 && !("set-cookie" in page.headers);
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
    const page: CachedPage = { headers, gzippedBody: await gzipped(rendered.body), storedAt: this.now() };
    if (page.gzippedBody.length > this.maxBytes) return page;
    this.pages.set(key, page);
    this.bytes += page.gzippedBody.length;
    while (this.bytes > this.maxBytes) this.remove(this.pages.keys().next().value as string);
    return page;
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.gzippedBody.length;
  }
}
