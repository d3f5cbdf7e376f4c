import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticlePage } from "@/lib/ingest/extraction/fetch-article-page";
import type { ExtractionItem } from "@/lib/ingest/extraction/types";

const page = `<!doctype html><html lang="fr"><head><title>Rabat et Paris</title><meta property="og:site_name" content="Le Local"></head><body><article><h1>Rabat et Paris</h1><p>La coopération sécuritaire entre le Maroc et la France a été renforcée lors de la visite du ministre de l'Intérieur à Rabat.</p><p>Les deux pays ont convenu d'échanger davantage de renseignements sur les filières terroristes au Sahel.</p></article></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/article") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    if (request.url === "/moved") return response.writeHead(301, { location: "/article" }).end();
    if (request.url === "/to-metadata") return response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (request.url === "/pdf") return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
    if (request.url === "/huge") return response.writeHead(200, { "content-type": "text/html" }).end(`<p>${"x".repeat(300_000)}</p>`);
    if (request.url === "/slow") return setTimeout(() => response.writeHead(200, { "content-type": "text/html" }).end(page), 2_000);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const local = { allowPrivateNetwork: true };
const reason = (item: ExtractionItem) => (item.ok ? "(imported)" : item.reason);

describe("fetchArticlePage", () => {
  it("extracts the article and keeps the page's HTML byte for byte", async () => {
    const item = await fetchArticlePage(`${base}/moved`, local);
    if (!item.ok) throw new Error(item.reason);
    expect(item.text).toContain("La coopération sécuritaire entre le Maroc et la France");
    expect(Buffer.from(item.bytes).toString("utf8")).toBe(page);
    expect(item).toMatchObject({ url: `${base}/article`, source: "Le Local", language: "fr", mediaType: "text/html; charset=utf-8" });
  });

  it("refuses private addresses unless allowed, at every redirect", async () => {
    expect(reason(await fetchArticlePage(`${base}/article`))).toBe("The address points into a private network and was refused.");
    expect(reason(await fetchArticlePage("http://[::1]/"))).toBe("The address points into a private network and was refused.");
    // A public first hop (served here by the local server) redirecting to the cloud metadata address.
    const requested: string[] = [];
    const redirected = await fetchArticlePage("http://93.184.216.34/to-metadata", {
      fetchImpl: (input, init) => {
        requested.push(String(input));
        return fetch(String(input).replace("http://93.184.216.34", base), init);
      },
    });
    expect(reason(redirected)).toBe("The address points into a private network and was refused.");
    expect(requested).toEqual(["http://93.184.216.34/to-metadata"]);
  });

  it("explains every other failure in a sentence", async () => {
    expect(reason(await fetchArticlePage(`${base}/missing`, local))).toBe("The page could not be fetched: HTTP 404.");
    expect(reason(await fetchArticlePage(`${base}/pdf`, local))).toBe("The address gives application/pdf, not a web page.");
    expect(reason(await fetchArticlePage(`${base}/huge`, { ...local, maxBytes: 100_000 }))).toBe("The page is larger than 0.1 MB.");
    expect(reason(await fetchArticlePage(`${base}/slow`, { ...local, timeoutMs: 300 }))).toBe("The page took longer than 0.3 s to answer.");
    expect(reason(await fetchArticlePage("ftp://example.org/file", local))).toBe("Only http and https addresses can be imported.");
    expect(reason(await fetchArticlePage("not a url", local))).toBe("This is not a valid web address.");
  });
});
