// Single sign-on through the test OpenID Connect provider (e2e/support/oidc-issuer.ts): a new person
// is admitted as a reader with the default role and a real session; a disabled account is refused.
import { expect, test } from "@playwright/test";
import { oidcClient, oidcIssuerURL, storageStatePath } from "./support/server";

// The provider signs in one chosen identity at a time: these tests take turns.
test.describe.configure({ mode: "serial" });

test("a person signed in at the provider lands as a new reader, audited as a single sign-on", async ({ browser, request }) => {
  const email = `sso-${Date.now()}@demo.local`;
  expect((await request.post(`${oidcIssuerURL}/test/identity`, { data: { email, name: "Sam Sso" } })).ok()).toBe(true);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Se connecter avec ${oidcClient.name}` }).click();
  await expect(page).toHaveURL(/\/dossiers$/);
  await expect(page.getByTestId("current-user")).toHaveText("Sam Sso · Lecteur");

  // The account has no password here, and its session is an ordinary one: it can be revoked.
  await page.goto("/account");
  await expect(page.getByText("Ce compte se connecte par authentification unique")).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Se déconnecter partout" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();

  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const audit = await admin.request.get(`/api/v1/audit?actor=${encodeURIComponent(email)}&action=auth.sign_in.success`);
  const { entries } = (await audit.json()) as { entries: { metadata: { provider?: string } }[] };
  expect(entries.map((entry) => entry.metadata.provider)).toEqual(["oidc"]);
  await admin.close();
});

test("a disabled account is refused at the sign-in page", async ({ browser, request }) => {
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const email = `sso-disabled-${Date.now()}@demo.local`;
  const created = await admin.request.post("/api/v1/users", { data: { email, name: "Disabled Sso", role: "EDITOR", password: "a long enough password" } });
  const user = (await created.json()) as { id: string; version: number };
  expect((await admin.request.patch(`/api/v1/users/${user.id}`, { data: { version: user.version, disabled: true } })).status()).toBe(200);
  await admin.close();
  expect((await request.post(`${oidcIssuerURL}/test/identity`, { data: { email, name: "Disabled Sso" } })).ok()).toBe(true);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Se connecter avec ${oidcClient.name}` }).click();
  await expect(page).toHaveURL(/\/sign-in\?.*error=AccessDenied/);
  await expect(page.locator("form").getByRole("alert")).toContainText("Ce compte ne peut pas se connecter par authentification unique");
  await context.close();
});
