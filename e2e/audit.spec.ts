// Admins read the audit trail: a change they just made appears with its before/after, filters narrow
// the list and live in the URL, and clicking an actor filters by that actor.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/server";

test.use({ storageState: storageStatePath("admin") });

test("an admin finds the role change they just made, with the changed field marked", async ({ page }) => {
  const email = `audited-${Date.now()}@demo.local`;
  const created = await page.request.post("/api/v1/users", { data: { email, name: "Audrey Audit", role: "READER", password: "a long enough password" } });
  const user = (await created.json()) as { id: string; version: number };
  expect((await page.request.patch(`/api/v1/users/${user.id}`, { data: { version: user.version, role: "EDITOR" } })).status()).toBe(200);

  await page.goto("/admin/audit");
  await page.locator("#audit-action").fill("user.");
  await page.locator("#audit-targetId").fill(user.id);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`action=user\\.&.*targetId=${user.id}`));

  const entries = page.locator("tbody[data-testid^=audit-entry-]");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("user.role_change");
  await expect(entries.nth(1)).toContainText("user.create");
  await expect(entries.nth(0)).toContainText("Amina Admin");
  // Made through the API: the entry carries the caller's address (this test's, on loopback).
  await expect(entries.nth(0)).toContainText(/127\.0\.0\.1|::1/);
  await expect(entries.nth(0).getByRole("link", { name: email })).toBeVisible();

  await entries.nth(0).getByRole("button", { name: "Afficher les détails" }).click();
  const changed = entries.nth(0).locator("tr[data-changed=true]");
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText("role");
  await expect(changed).toContainText("READER");
  await expect(changed).toContainText("EDITOR");
  await expect(entries.nth(0).locator("tr[data-changed=false]").first()).toContainText("name");

  // The URL is the filter: reloading it shows the same entries.
  await page.reload();
  await expect(entries).toHaveCount(2);

  // Clicking the actor filters by them (the target filter stays).
  await entries.nth(0).getByRole("link", { name: "Amina Admin" }).click();
  await expect(page).toHaveURL(/actor=admin%40demo\.local/);
  await expect(page.locator("#audit-actor")).toHaveValue("admin@demo.local");
  await expect(entries).toHaveCount(2);
});

test("a bad filter is named, and the API refuses it too", async ({ page }) => {
  await page.goto("/admin/audit?from=2026-02-30");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("from is a day written 2026-11-25.");
  expect((await page.request.get("/api/v1/audit?from=2026-02-30")).status()).toBe(400);
  const listed = await page.request.get("/api/v1/audit?action=auth.sign_in.&limit=5");
  expect(listed.status()).toBe(200);
  const body = (await listed.json()) as { entries: { action: string }[] };
  expect(body.entries.every((entry) => entry.action.startsWith("auth.sign_in."))).toBe(true);
});

test("only admins open the audit page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("editor") });
  const page = await context.newPage();
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  await context.close();
});

test("an object's page links admins to its history in the audit log", async ({ page }) => {
  const name = `Entité auditée ${Date.now()}`;
  const created = await page.request.post("/api/v1/entities", { data: { name, typeKey: "ORG" } });
  expect(created.status()).toBe(201);
  const entity = (await created.json()) as { id: string };
  await page.goto(`/entities/${entity.id}`);
  await page.getByRole("link", { name: "Historique dans le journal d'audit" }).click();
  await expect(page).toHaveURL(new RegExp(`targetType=entity&targetId=${entity.id}`));
  const entries = page.locator("tbody[data-testid^=audit-entry-]");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("entity.create");
});

test("others see no link to the audit log on an object's page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("editor") });
  const page = await context.newPage();
  const { items } = (await (await page.request.get("/api/v1/articles")).json()) as { items: { id: string }[] };
  await page.goto(`/articles/${items[0]?.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Historique dans le journal d'audit" })).toHaveCount(0);
  await context.close();
});
