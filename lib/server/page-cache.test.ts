import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageCache, responseOf, type RenderedPage } from "@/lib/server/page-cache";

const page = (body: string, extra: Partial<RenderedPage> = {}): RenderedPage => ({ status: 200, headers: { "content-type": "text/html", date: "then", "content-length": "3" }, body: Buffer.from(body), ...extra });

describe("PageCache", () => {
  it("renders a missing page once, keeps it gzipped without its transfer headers, and serves it after", async () => {
    const cache = new PageCache(1_000_000, 60_000);
    let renders = 0;
    const render = async () => page(`page ${++renders}`);
    const first = await cache.get("a", render);
    const second = await cache.get("a", render);
    expect([first?.hit, second?.hit, renders]).toEqual([false, true, 1]);
    const sent = responseOf(second!.page, "unused");
    expect(gunzipSync(sent.body).toString()).toBe("page 1");
    expect(sent.headers).toEqual({ "content-type": "text/html" });
  });

  it("gives every response its own CSP nonce, in the policy, the other headers and the page", async () => {
    const cache = new PageCache(1_000_000, 60_000);
    const policy = (nonce: string) => `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;
    const html = (nonce: string) => `<link nonce="${nonce}"/><script nonce="${nonce}">1</script>${"<p>texte</p>".repeat(100)}`;
    const rendered = "r3nd3r3dN0nc3AAAAAAAAA==";
    const stored = (await cache.get("a", async () => page(html(rendered), { headers: { "content-security-policy": policy(rendered), link: `</a.css>; nonce="${rendered}"` } })))!.page;
    for (const fresh of ["fr3shN0nc3BBBBBBBBBBBB==", "an0th3rN0nc3CCCCCCCCCC=="]) {
      const sent = responseOf(stored, fresh);
      expect(sent.headers).toEqual({ "content-security-policy": policy(fresh), link: `</a.css>; nonce="${fresh}"` });
      expect(gunzipSync(sent.body).toString()).toBe(html(fresh));
    }
  });

  it("shares one render among concurrent requests for the same page", async () => {
    const cache = new PageCache(1_000_000, 60_000);
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return page("slow");
    };
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.get("a", render)));
    expect(renders).toBe(1);
    expect(answers.every((answer) => answer?.page.bytes)).toBe(true);
  });

  it("keeps nothing that is not a plain 200 page, and renders it again next time", async () => {
    const cache = new PageCache(1_000_000, 60_000);
    let renders = 0;
    expect(await cache.get("missing", async () => page("404", { status: 404 }))).toBeNull();
    const withCookie = async () => page(`cookie ${++renders}`, { headers: { "set-cookie": "a=b" } });
    expect(await cache.get("cookie", withCookie)).toBeNull();
    expect(await cache.get("cookie", withCookie)).toBeNull();
    expect(renders).toBe(2);
    expect(cache.size.pages).toBe(0);
  });

  it("drops the least recently used pages past its byte budget", async () => {
    const sizeOfOne = (await new PageCache(1_000_000, 60_000).get("x", async () => page("0".repeat(100))))!.page.bytes;
    const cache = new PageCache(sizeOfOne * 2, 60_000);
    const render = async () => page("0".repeat(100));
    await cache.get("a", render);
    await cache.get("b", render);
    await cache.get("a", render);
    await cache.get("c", render);
    expect(cache.size).toEqual({ pages: 2, bytes: sizeOfOne * 2 });
    expect((await cache.get("a", render))?.hit).toBe(true);
    expect((await cache.get("b", render))?.hit).toBe(false);
  });

  it("renders again a page older than its maximum age", async () => {
    let now = 0;
    const cache = new PageCache(1_000_000, 1_000, () => now);
    const render = async () => page("aging");
    await cache.get("a", render);
    now = 999;
    expect((await cache.get("a", render))?.hit).toBe(true);
    now = 1_000;
    expect((await cache.get("a", render))?.hit).toBe(false);
    expect(cache.size.pages).toBe(1);
  });
});
