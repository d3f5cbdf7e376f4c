// Attacks a hostile user or site would try: script through every text field, links to script or
// inline data, state changes from another site, oversized requests, missing security headers, and
// reaching objects the caller may not see. Each test checks the defence itself, not just the CSP
// that would catch some of it afterwards.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { endpoints } from "./support/access-matrix";
import { baseURL, storageStatePath } from "./support/server";
import { findExecutableMarkup, xssPayloads } from "../lib/testing/xss-payloads";

// The XSS walk visits a dozen pages as four people: minutes on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

type Draft = { dossier: { version: number }; sections: { id: string }[] };

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Opens `path` and fails when the page ran a payload, or holds markup through which one could run. */
async function expectInert(page: Page, path: string, shown: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  await expectShownInert(page, path, shown);
}

async function expectShownInert(page: Page, label: string, shown: string) {
  await expect(page.locator("body"), `${label} shows the payloads as text`).toContainText(shown);
  expect(await page.evaluate(findExecutableMarkup, undefined), label).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), label).toBeUndefined();
}

// A payload that ran alert() fails the test at once.
async function contextFor(browser: Browser, role: "admin" | "editor" | "analyst" | "reader") {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`A dialog opened on ${page.url()}: ${dialog.message()}`);
  });
  return { context, api: context.request, page };
}

test("XSS payloads through every text input render inert wherever they are shown", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const text = xssPayloads.join("\n\n");
  const one = (index: number) => xssPayloads[index % xssPayloads.length] as string;
  const editor = await contextFor(browser, "editor");
  const analyst = await contextFor(browser, "analyst");
  const admin = await contextFor(browser, "admin");

  // An article whose title, source and text are payloads, with an entity, an annotation note, names.
  const { id: articleId } = await ok<{ id: string }>(
    await editor.api.post("/api/v1/imports/text", { data: { title: `${one(1)} ${stamp}`, source: one(2), text: `${text}\n\nRéf. ${stamp}`, published: "2024-05" } }),
  );
  const article = await ok<{ currentRevision: { id: string; text: string } }>(await editor.api.get(`/api/v1/articles/${articleId}`));
  const quote = one(4);
  const start = article.currentRevision.text.indexOf(quote);
  const created = await ok<{ annotations: { id: string; entity: { id: string } }[] }>(
    await editor.api.post(`/api/v1/articles/${articleId}/annotations`, {
      data: { kind: "ENTITY", start, end: start + quote.length, quote, note: one(5), newEntity: { name: `${one(0)} ${stamp}`, typeKey: "PERSON" } },
    }),
  );
  const entityId = created.annotations[0]?.entity.id as string;
  const entity = await ok<{ version: number }>(await editor.api.get(`/api/v1/entities/${entityId}`));
  const described = await ok<{ version: number }>(await editor.api.patch(`/api/v1/entities/${entityId}`, { data: { version: entity.version, description: one(12) } }));
  await ok(await editor.api.post(`/api/v1/entities/${entityId}/aliases`, { data: { version: described.version, name: one(14) } }));

  // A dossier whose title, summary, section and commentary are payloads, citing that article.
  const { slug } = await ok<{ slug: string }>(await analyst.api.post("/api/v1/dossiers", { data: { title: `${one(3)} ${stamp}`, summary: one(15) } }));
  let draft = await ok<Draft>(await analyst.api.get(`/api/v1/dossiers/${slug}/draft`));
  let version = (await ok<{ version: number }>(await analyst.api.post(`/api/v1/dossiers/${slug}/sections`, { data: { version: draft.dossier.version, title: one(16) } }))).version;
  const sectionId = draft.sections[0]?.id as string;
  for (const item of [
    { kind: "COMMENTARY", body: text },
    { kind: "ARTICLE", articleId },
    { kind: "EXCERPT", articleId, revisionId: article.currentRevision.id, start, end: start + quote.length, quote },
    { kind: "ENTITY", entityId },
  ]) {
    version = (await ok<{ version: number }>(await analyst.api.post(`/api/v1/dossiers/${slug}/items`, { data: { version, sectionId, item } }))).version;
  }
  draft = await ok<Draft>(await analyst.api.post(`/api/v1/dossiers/${slug}/workflow`, { data: { action: "submit", version } }));
  const submitted = await ok<Draft>(await editor.api.get(`/api/v1/dossiers/${slug}/draft`));
  await ok(await editor.api.post(`/api/v1/dossiers/${slug}/workflow`, { data: { action: "publish", version: submitted.dossier.version } }));

  // A user whose name is a payload, an access token named by one.
  await ok(await admin.api.post("/api/v1/users", { data: { email: `xss-${stamp}@demo.local`, name: one(17), role: "READER", password: "Trois phrases bien longues" } }));
  await ok(await admin.api.post("/api/v1/account/tokens", { data: { name: one(18), scopes: ["read"] } }));

  const reader = await contextFor(browser, "reader");
  const pages: [Page, string, string][] = [
    [editor.page, "/articles", stamp],
    [editor.page, `/articles/${articleId}`, "XSS19"],
    [editor.page, `/articles/${articleId}/annotate`, "XSS19"],
    [editor.page, "/review", "XSS4"],
    [editor.page, `/entities?q=${stamp}`, stamp],
    [editor.page, `/entities/${entityId}`, "XSS14"],
    [analyst.page, "/studio", stamp],
    [analyst.page, `/studio/${slug}`, "XSS16"],
    [reader.page, `/dossiers?q=${stamp}`, stamp],
    [reader.page, `/dossiers/${slug}`, "XSS19"],
    [admin.page, "/admin/users", "XSS17"],
  ];
  for (const [page, path, shown] of pages) await expectInert(page, path, shown);

  // The audit log shows each change's before and after: opened, they are text too.
  await admin.page.goto(`/admin/audit?targetId=${entityId}`);
  const closed = admin.page.locator("button[aria-expanded=false]");
  await expect(closed.first()).toBeVisible();
  while ((await closed.count()) > 0) await closed.first().click();
  await expectShownInert(admin.page, "/admin/audit, entries opened", "XSS12");
  await expectInert(admin.page, "/account/tokens", "XSS18");
  // The trash lists the deleted article by its title.
  const { version: articleVersion } = await ok<{ version: number }>(await editor.api.get(`/api/v1/articles/${articleId}`));
  await ok(await editor.api.delete(`/api/v1/articles/${articleId}`, { data: { version: articleVersion } }));
  await expectInert(editor.page, "/trash", stamp);
  // Deleted, the article is gone for everyone but the trash.
  expect((await editor.api.get(`/api/v1/articles/${articleId}`)).status()).toBe(404);
  expect((await editor.page.goto(`/articles/${articleId}`))?.status()).toBe(404);

  // The Markdown links to script and inline data were dropped, their words kept.
  const commentary = reader.page.locator(".dossier-commentary");
  await expect(commentary).toContainText("[lien](javascript:window.__xss=1)");
  expect(await commentary.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([]);
  for (const context of [editor, analyst, admin, reader]) await context.context.close();
});

test("every state-changing route refuses a request sent from another site, before doing anything", async ({ playwright }) => {
  const admin = await playwright.request.newContext({ storageState: storageStatePath("admin") });
  const changes = endpoints.filter((endpoint) => endpoint.method !== "GET" && !endpoint.route.startsWith("/api/auth/"));
  expect(changes.length).toBeGreaterThan(20);
  for (const endpoint of changes) {
    const response = await admin.fetch(endpoint.path, { method: endpoint.method, data: endpoint.body ?? {}, headers: { origin: "https://attacker.example" } });
    expect(response.status(), `${endpoint.method} ${endpoint.path}`).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: "Cross-site request refused." } });
  }
  // The same request from the app's own pages goes through, to validation.
  const sameSite = await admin.post("/api/v1/dossiers", { data: {}, headers: { origin: new URL(baseURL).origin } });
  expect(sameSite.status()).toBe(400);
  await admin.dispose();
});

test("NextAuth's sign-in refuses a form posted without its CSRF token", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext();
  const response = await anonymous.post("/api/auth/callback/credentials", {
    form: { email: "admin@demo.local", password: "demo-password" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toContain("csrf=true");
  expect((await anonymous.storageState()).cookies.map((cookie) => cookie.name)).not.toContain("next-auth.session-token");
  await anonymous.dispose();
});

test("API answers and pages carry the security headers, with a fresh script nonce per page", async ({ playwright }) => {
  const reader = await playwright.request.newContext({ storageState: storageStatePath("reader") });
  const nonces = new Set<string>();
  for (const path of ["/api/v1/dossiers", "/api/v1/no-such-route"]) {
    const headers = (await reader.get(path)).headers();
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  for (const path of ["/dossiers", "/dossiers", "/sign-in", "/no-such-page"]) {
    const response = await reader.get(path);
    const headers = response.headers();
    const policy = headers["content-security-policy"] ?? "";
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'(;|$)/);
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-powered-by"], path).toBeUndefined();
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] as string;
    nonces.add(nonce);
    if (headers["content-type"]?.startsWith("text/html")) {
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
  expect(nonces.size).toBe(4);
  await reader.dispose();
});

test("a page of the app runs under its policy: it hydrates and nothing is refused", async ({ browser }) => {
  const { context, page } = await contextFor(browser, "editor");
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/articles");
  await page.getByRole("link", { name: "Relecture" }).click();
  await expect(page).toHaveURL(/\/review/);
  expect(refused).toEqual([]);
  await context.close();
});

test("oversized requests are refused with 413 before being read whole", async ({ playwright }) => {
  const editor = await playwright.request.newContext({ storageState: storageStatePath("editor") });
  const big = "x".repeat(1_100_000);
  const json = await editor.patch("/api/v1/articles/00000000-0000-4000-8000-000000000000", { data: { version: 1, title: big } });
  expect(json.status()).toBe(413);
  expect((await json.json()).error.message).toMatch(/too large/i);
  const pasted = await editor.post("/api/v1/imports/text", { data: { text: "x".repeat(9_000_000) } });
  expect(pasted.status()).toBe(413);
  await editor.dispose();
});

test("object-level access: another analyst's draft, an unpublished version, a reader and drafts", async ({ browser, playwright }) => {
  const stamp = Date.now().toString(36);
  const admin = await playwright.request.newContext({ storageState: storageStatePath("admin") });
  const password = "Quatre saisons à Rabat !";
  await ok(await admin.post("/api/v1/users", { data: { email: `analyst-${stamp}@demo.local`, name: "Second analyste", role: "ANALYST", password } }));
  await admin.dispose();

  const owner = await contextFor(browser, "analyst");
  const { slug } = await ok<{ slug: string }>(await owner.api.post("/api/v1/dossiers", { data: { title: `Brouillon de l'analyste ${stamp}` } }));
  const draft = await ok<Draft>(await owner.api.get(`/api/v1/dossiers/${slug}/draft`));

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.locator("#email").fill(`analyst-${stamp}@demo.local`);
  await otherPage.locator("#password").fill(password);
  await otherPage.locator("form button[type=submit]").click();
  await expect(otherPage).not.toHaveURL(/\/sign-in/);
  expect((await other.request.get(`/api/v1/dossiers/${slug}/draft`)).status()).toBe(404);
  expect((await other.request.patch(`/api/v1/dossiers/${slug}/draft`, { data: { version: draft.dossier.version, title: "Pris" } })).status()).toBe(404);
  expect((await other.request.delete(`/api/v1/dossiers/${slug}`, { data: { version: draft.dossier.version } })).status()).toBe(404);
  expect((await other.request.post(`/api/v1/dossiers/${slug}/sections`, { data: { version: draft.dossier.version, title: "Ajout" } })).status()).toBe(404);
  expect((await otherPage.goto(`/studio/${slug}`))?.status()).toBe(404);
  await other.close();

  // A version that was never published does not exist for a reader, whatever its number.
  const reader = await contextFor(browser, "reader");
  expect((await reader.page.goto(`/dossiers/${slug}/v/1`))?.status()).toBe(404);
  expect((await reader.api.get(`/api/v1/dossiers/${slug}/versions/1/export?format=json`)).status()).toBe(404);
  expect((await reader.page.goto("/dossiers/cooperation-militaire-maroc-etats-unis-france-2020-2024/v/99"))?.status()).toBe(404);
  const unchanged = await ok<Draft>(await owner.api.get(`/api/v1/dossiers/${slug}/draft`));
  expect(unchanged.dossier.version).toBe(draft.dossier.version);
  await reader.context.close();
  await owner.context.close();
});
