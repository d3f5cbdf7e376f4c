// Every way in, end to end against the database: a batch of files of each format (and bad ones that
// must not stop the others), and a web page fetched from a local server.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getImportBatch } from "@/lib/ingest/import-batch";
import { startFileImport } from "@/lib/ingest/import-files";
import { importFromUrl } from "@/lib/ingest/import-url";
import { actorOf, createTestUser, expectAppError } from "@/lib/testing/fixtures";

let editor: CurrentUser;
let server: Server;
let base: string;
const tag = randomUUID().slice(0, 8);
const paragraph = (topic: string) =>
  `${topic} (${tag}) : les services de sécurité marocains et français ont renforcé leur coopération contre les réseaux terroristes actifs au Sahel, selon un communiqué publié à Rabat.`;

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
  server = createServer((_request, response) =>
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<html lang="fr"><head><meta property="og:site_name" content="Le Local ${tag}"></head><body><article><h1>Page</h1><p>${paragraph("Page web")}</p><p>Publicité</p></article></body></html>`),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("file import", () => {
  it("imports each format of one upload and refuses the bad files with their reasons", async () => {
    const files = [
      { name: "texte.txt", type: "text/plain", bytes: strToU8(paragraph("Texte")) },
      { name: "page.html", type: "text/html", bytes: strToU8(`<html><body><p>${paragraph("HTML")}</p><script>steal()</script></body></html>`) },
      { name: "lot.zip", type: "application/zip", bytes: zipSync({ "a.md": strToU8(`# A\n\n${paragraph("Markdown")}`), "b.txt": strToU8(paragraph("Zip")) }) },
      { name: "lot.jsonl", type: "", bytes: strToU8(`${JSON.stringify({ title: "JSONL", text: paragraph("JSONL"), published: "2024-12-02" })}\n{oops`) },
      { name: "vide.txt", type: "text/plain", bytes: new Uint8Array() },
      { name: "programme.exe", type: "application/octet-stream", bytes: strToU8("MZ") },
      { name: "evil.zip", type: "application/zip", bytes: zipSync({ "../../x.txt": strToU8("x") }) },
      { name: "latin1.txt", type: "text/plain", bytes: Buffer.from(`${paragraph("Latin").replace(/[’]/g, "'")}`, "latin1") },
    ];
    const batch = await startFileImport(editor, files);
    expect(batch.total).toBe(10);
    await batch.run();

    const view = await getImportBatch(editor, batch.id);
    expect(view).toMatchObject({ status: "DONE", done: 10, total: 10 });
    expect(view.items.map((item) => [item.filename, item.status])).toEqual([
      ["texte.txt", "CREATED"],
      ["page.html", "CREATED"],
      ["lot.zip/a.md", "CREATED"],
      ["lot.zip/b.txt", "CREATED"],
      ["lot.jsonl#1", "CREATED"],
      ["lot.jsonl#2", "FAILED"],
      ["vide.txt", "FAILED"],
      ["programme.exe", "FAILED"],
      ["evil.zip", "FAILED"],
      ["latin1.txt", "CREATED"],
    ]);
    expect(view.items.filter((item) => item.status === "FAILED").map((item) => item.reason)).toEqual([
      "Line 2 is not valid JSON.",
      "The file is empty.",
      "Files of type .exe are not supported: use .txt, .md, .html, .docx, .pdf, .jsonl or .zip.",
      "The archive contains an unsafe path (../../x.txt) and was refused.",
    ]);

    const html = await db.article.findUniqueOrThrow({ where: { id: view.items[1]?.article?.id }, include: { currentRevision: true, uploads: true } });
    expect(html.currentRevision?.text).not.toContain("steal");
    expect(html.uploads[0]?.mediaType).toBe("text/html; charset=utf-8");
    const jsonl = await db.article.findUniqueOrThrow({ where: { id: view.items[4]?.article?.id } });
    expect(jsonl).toMatchObject({ title: "JSONL", publishedPrecision: "DAY" });
    const latin = await db.article.findUniqueOrThrow({ where: { id: view.items[9]?.article?.id }, include: { currentRevision: true, uploads: true } });
    expect(latin.currentRevision?.text).toContain("sécurité");
    expect(latin.uploads[0]?.mediaType).toBe("text/plain; charset=windows-1252");
  });

  it("refuses an empty upload and readers", async () => {
    await expectAppError(startFileImport(editor, []), "INVALID");
    await expectAppError(startFileImport(actorOf(await createTestUser("READER")), [{ name: "a.txt", type: "", bytes: strToU8("x") }]), "FORBIDDEN");
  });
});

describe("URL import", () => {
  it("imports the page's article with its outlet and keeps the HTML snapshot", async () => {
    const outcome = await importFromUrl(editor, `${base}/article`, { allowPrivateNetwork: true });
    if (outcome.status !== "created") throw new Error("expected a new article");
    const article = await db.article.findUniqueOrThrow({ where: { id: outcome.id }, include: { source: true, uploads: true, currentRevision: true } });
    expect(article.source?.name).toBe(`Le Local ${tag}`);
    expect(article.url).toBe(`${base}/article`);
    expect(Buffer.from(article.uploads[0]?.bytes ?? []).toString("utf8")).toContain("<article>");
    expect(article.currentRevision?.text).not.toContain("Publicité");
  });

  it("refuses the private network by default, with the reason", async () => {
    const error = await expectAppError(importFromUrl(editor, `${base}/article`, { allowPrivateNetwork: false }), "INVALID");
    expect(error.message).toBe("The address points into a private network and was refused.");
  });
});
