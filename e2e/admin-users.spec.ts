// An admin creates an account, changes its role and disables it; each change applies to the
// user's very next request, without waiting for the session to expire.
import { expect, test } from "@playwright/test";
import { signInThroughForm } from "./support/sign-in";
import { storageStatePath } from "./support/server";

test.use({ storageState: storageStatePath("admin") });

test("a role change and a disable apply at once", async ({ page, browser }) => {
  const email = `new-analyst-${Date.now()}@demo.local`;
  const password = "correct horse battery staple";

  await page.goto("/admin/users");
  await page.locator("#new-name").fill("Nadia Nouvelle");
  await page.locator("#new-email").fill(email);
  await page.locator("#new-role").selectOption("READER");
  await page.locator("#new-password").fill(password);
  await page.getByRole("button", { name: "Créer un compte" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Compte créé.");
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toBeVisible();

  // The new user signs in, in their own browser, and lands as a reader.
  const userContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const userPage = await userContext.newPage();
  await signInThroughForm(userPage, email, password);
  await expect(userPage).toHaveURL(/\/dossiers$/);
  expect((await userPage.goto("/articles"))?.status()).toBe(403);

  // Promoted to analyst: the same session opens the workspace on its next request.
  await row.getByRole("combobox").selectOption("ANALYST");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Modification enregistrée.");
  expect((await userPage.goto("/articles"))?.status()).toBe(200);
  await expect(userPage.getByTestId("current-user")).toContainText("Analyste");

  // Disabled: the next request is signed out.
  await row.getByRole("button", { name: "Désactiver" }).click();
  await expect(row).toContainText("Désactivé");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Modification enregistrée.");
  await userPage.goto("/articles");
  await expect(userPage).toHaveURL(/\/sign-in$/);
  const api = await userPage.request.get("/api/v1/articles");
  expect(api.status()).toBe(401);
  await userContext.close();
});

test("a change based on a stale version is refused with a clear message", async ({ page }) => {
  const { request } = page;
  const email = `stale-${Date.now()}@demo.local`;
  const created = await request.post("/api/v1/users", { data: { email, name: "Stale Case", role: "READER", password: "a long enough password" } });
  expect(created.status()).toBe(201);
  const user = (await created.json()) as { id: string; version: number };

  await page.goto("/admin/users");
  // Someone else changes the account after this page loaded.
  const other = await request.patch(`/api/v1/users/${user.id}`, { data: { version: user.version, name: "Changed Elsewhere" } });
  expect(other.status()).toBe(200);

  await page.getByTestId(`user-row-${email}`).getByRole("combobox").selectOption("EDITOR");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Quelqu'un d'autre a modifié cet enregistrement");
  const stale = await request.patch(`/api/v1/users/${user.id}`, { data: { version: user.version, role: "ADMIN" } });
  expect(stale.status()).toBe(409);
});
