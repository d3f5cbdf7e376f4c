// The reading-page cache in front of Next.js, against PostgreSQL: what it answers from memory, for whom,
// and every case it must leave to Next.js. "Next.js" here is a stand-in that numbers its renders.
import { createServer, get, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createDossier } from "@/lib/dossiers/create-dossier";
import { addItem } from "@/lib/dossiers/dossier-items";
import { runWorkflow } from "@/lib/dossiers/dossier-workflow";
import { getDossierDraft } from "@/lib/dossiers/get-dossier-draft";
import { serveReadingPage } from "@/lib/dossiers/reading-page-cache";
import { actorOf, createTestUser, type TestUser } from "@/lib/testing/fixtures";

const secret = "a-secret-for-the-reading-page-cache-tests-only";
let renders = 0;
let server: Server;
let base: string;
let analyst: CurrentUser;
let editor: CurrentUser;

// What the stand-in for Next.js renders: the path, the cookie and the render's number.
function renderedBody(request: IncomingMessage): string {
  return `<p>${request.url} for ${request.headers.cookie} #${++renders}</p>`;
}

beforeAll(async () => {
  analyst = actorOf(await createTestUser("ANALYST"));
  editor = actorOf(await createTestUser("EDITOR"));
  server = createServer((request, response) => {
    const render = async () => ({ status: 200, headers: { "content-type": "text/html", "x-frame-options": "DENY", date: "yesterday" }, body: Buffer.from(renderedBody(request)) });
    void serveReadingPage(request, response, { secret, render }).then((served) => {
      if (!served) response.writeHead(299).end("next");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function cookieOf(user: TestUser, extra = ""): Promise<string> {
  const token = await encode({ token: { sub: user.id, sessionVersion: user.sessionVersion }, secret });
  return `next-auth.session-token=${token}${extra}`;
}

type Answer = { status: number; cache?: string; body: string; rawLength: number; headers: IncomingMessage["headers"] };

function read(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers: { "accept-encoding": "gzip", ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString() : raw.toString();
        resolve({ status: response.statusCode ?? 0, cache: response.headers["x-reading-page-cache"] as string | undefined, body, rawLength: raw.length, headers: response.headers });
      });
    }).on("error", reject);
  });
}

async function publishedDossier(): Promise<{ slug: string; version: number }> {
  const { slug } = await createDossier(analyst, { title: `Lecture ${Math.random().toString(36).slice(2, 8)}`, summary: "Synthèse" }, "Contexte");
  const sectionId = (await getDossierDraft(analyst, slug)).sections[0]!.id;
  const added = await addItem(analyst, slug, 1, sectionId, { kind: "COMMENTARY", body: "Une analyse." });
  const submitted = await runWorkflow(analyst, slug, { action: "submit", version: added.version });
  const published = await runWorkflow(editor, slug, { action: "publish", version: submitted.version });
  return { slug, version: published.version };
}

describe("the reading-page cache", () => {
  it("renders a reader's page once, then sends it from memory with the page's own headers", async () => {
    const reader = await createTestUser("READER");
    const { slug } = await publishedDossier();
    const cookie = await cookieOf(reader);
    const first = await read(`/dossiers/${slug}`, { cookie });
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(first.body).toMatch(new RegExp(`^<p>/dossiers/${slug} for ${cookie} #\\d+</p>$`));
    const second = await read(`/dossiers/${slug}`, { cookie });
    expect(second).toMatchObject({ status: 200, cache: "hit", body: first.body });
    expect(second.headers["x-frame-options"]).toBe("DENY");
    expect(second.headers.date).not.toBe("yesterday");
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(second.headers["content-length"]).toBe(String(second.rawLength));
  });

  it("gives each person their own page, and a new one when the language or the account changes", async () => {
    const { slug } = await publishedDossier();
    const [reader, other] = [await createTestUser("READER"), await createTestUser("READER")];
    const mine = await read(`/dossiers/${slug}`, { cookie: await cookieOf(reader) });
    const theirs = await read(`/dossiers/${slug}`, { cookie: await cookieOf(other) });
    expect(theirs.cache).toBe("miss");
    expect(theirs.body).not.toBe(mine.body);
    const english = await read(`/dossiers/${slug}`, { cookie: await cookieOf(reader, "; locale=en") });
    expect(english.cache).toBe("miss");
    await db.user.update({ where: { id: reader.id }, data: { name: "Renamed Reader" } });
    expect((await read(`/dossiers/${slug}`, { cookie: await cookieOf(reader) })).cache).toBe("miss");
    await db.user.update({ where: { id: reader.id }, data: { role: "ANALYST" } });
    expect((await read(`/dossiers/${slug}`, { cookie: await cookieOf(reader) })).cache).toBe("miss");
  });

  it("follows the versions readers may read: a new version, an earlier one, unpublishing", async () => {
    const reader = await createTestUser("READER");
    const cookie = await cookieOf(reader);
    const { slug, version } = await publishedDossier();
    await read(`/dossiers/${slug}`, { cookie });
    expect((await read(`/dossiers/${slug}`, { cookie })).cache).toBe("hit");
    const sectionId = (await getDossierDraft(analyst, slug)).sections[0]!.id;
    const added = await addItem(analyst, slug, version, sectionId, { kind: "COMMENTARY", body: "Un ajout." });
    const submitted = await runWorkflow(analyst, slug, { action: "submit", version: added.version });
    const second = await runWorkflow(editor, slug, { action: "publish", version: submitted.version });
    // The latest page changed (version 2), and so did version 1's (it now says a newer one exists).
    expect((await read(`/dossiers/${slug}`, { cookie })).cache).toBe("miss");
    expect((await read(`/dossiers/${slug}/v/1`, { cookie })).cache).toBe("miss");
    expect((await read(`/dossiers/${slug}/v/1`, { cookie })).cache).toBe("hit");
    expect((await read(`/dossiers/${slug}/v/3`, { cookie })).status).toBe(299);
    await runWorkflow(editor, slug, { action: "unpublish", version: second.version });
    expect((await read(`/dossiers/${slug}`, { cookie })).status).toBe(299);
    expect((await read(`/dossiers/${slug}/v/1`, { cookie })).status).toBe(299);
  });

  it("leaves to Next.js whoever it cannot vouch for: no session, a revoked or disabled account, a foreign or expired token", async () => {
    const reader = await createTestUser("READER");
    const { slug } = await publishedDossier();
    const cookie = await cookieOf(reader);
    expect((await read(`/dossiers/${slug}`, { cookie })).status).toBe(200);
    expect((await read(`/dossiers/${slug}`)).status).toBe(299);
    const forged = await encode({ token: { sub: reader.id, sessionVersion: reader.sessionVersion }, secret: "another-secret-another-secret-another" });
    expect((await read(`/dossiers/${slug}`, { cookie: `next-auth.session-token=${forged}` })).status).toBe(299);
    const expired = await encode({ token: { sub: reader.id, sessionVersion: reader.sessionVersion }, secret, maxAge: -60 });
    expect((await read(`/dossiers/${slug}`, { cookie: `next-auth.session-token=${expired}` })).status).toBe(299);
    await db.user.update({ where: { id: reader.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await read(`/dossiers/${slug}`, { cookie })).status).toBe(299);
    const disabled = await createTestUser("READER");
    await read(`/dossiers/${slug}`, { cookie: await cookieOf(disabled) });
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect((await read(`/dossiers/${slug}`, { cookie: await cookieOf(disabled) })).status).toBe(299);
  });

  it("leaves to Next.js what is not a browser reading the page: navigation data, queries, other methods, tokens, no gzip", async () => {
    const reader = await createTestUser("READER");
    const { slug } = await publishedDossier();
    const cookie = await cookieOf(reader);
    await read(`/dossiers/${slug}`, { cookie });
    const nextJsHeaders: Record<string, string>[] = [{ rsc: "1" }, { "next-router-prefetch": "1" }, { authorization: "Bearer dcms_x" }, { "accept-encoding": "identity" }, { "x-render-for-cache": "1" }];
    for (const headers of nextJsHeaders) {
      expect((await read(`/dossiers/${slug}`, { cookie, ...headers })).status, JSON.stringify(headers)).toBe(299);
    }
    for (const path of [`/dossiers/${slug}?_rsc=abc`, `/dossiers/${slug}/`, `/dossiers/${slug}/v/0`, `/dossiers/Not_A_Slug`, "/dossiers", `/dossiers/${slug}/v/1/x`]) {
      expect((await read(path, { cookie })).status, path).toBe(299);
    }
  });
});
