// Personal access tokens from a person's point of view: created on /account/tokens, copied once, used
// by a script (a request with the header and no cookies), revoked, refused. Then the access matrix
// again, called with each role's token instead of its session.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { can } from "../lib/auth/permissions";
import { endpoints } from "./support/access-matrix";
import { baseURL, demoRoles, storageStatePath, type DemoRole } from "./support/server";

const roleOf: Record<DemoRole, "ADMIN" | "EDITOR" | "ANALYST" | "READER"> = { admin: "ADMIN", editor: "EDITOR", analyst: "ANALYST", reader: "READER" };
// Managing tokens takes a signed-in session: a token is refused there whatever its owner's role.
const sessionOnlyRoutes = new Set(["/api/v1/account/tokens", "/api/v1/account/tokens/[id]", "/api/v1/users/[id]/tokens"]);

const script = (secret: string) =>
  playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });

test.describe("a reader's token", () => {
  test.use({ storageState: storageStatePath("reader"), permissions: ["clipboard-read", "clipboard-write"] });

  test("is created on the account page, shown once, works within its scope and role, and is refused once revoked", async ({ page }) => {
    const name = `lecture ${Date.now()}`;
    await page.goto("/account");
    await page.getByRole("link", { name: "Gérer mes jetons d'accès" }).click();
    await expect(page).toHaveURL(/\/account\/tokens$/);
    await page.locator("#token-name").fill(name);
    await page.getByRole("button", { name: "Créer un jeton" }).click();

    await expect(page.getByRole("heading", { name: `Votre nouveau jeton « ${name} »` })).toBeVisible();
    await expect(page.getByText("il ne sera plus jamais affiché")).toBeVisible();
    const secret = await page.locator("#new-token-secret").inputValue();
    expect(secret).toMatch(/^dcms_[A-Za-z0-9_-]{43}$/);
    await page.getByRole("button", { name: "Copier" }).click();
    await expect(page.getByText("Copié dans le presse-papiers.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    const row = page.getByTestId(`token-row-${name}`);
    await expect(row).toContainText(secret.slice(0, 11));
    await expect(row).toContainText("read");
    await expect(row).toContainText("Actif");
    await page.reload();
    await expect(page.locator("#new-token-secret")).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);

    const api = await script(secret);
    expect((await api.get("/api/v1/dossiers")).status()).toBe(200);
    expect((await api.get("/api/v1/articles")).status(), "a token never exceeds its owner's role").toBe(403);
    const write = await api.post("/api/v1/dossiers", { data: { title: "Par script" } });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.message).toContain("write scope");

    await page.getByRole("button", { name: `Révoquer « ${name} »` }).click();
    await expect(page.getByRole("alertdialog")).toContainText("refusés dès leur prochaine requête");
    await page.getByRole("button", { name: "Révoquer définitivement" }).click();
    await expect(page.getByRole("status")).toHaveText(`Le jeton « ${name} » est révoqué.`);
    await expect(row).toContainText("Révoqué");

    const refused = await api.get("/api/v1/dossiers");
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.message).toContain("revoked");
    await api.dispose();
  });
});

test.describe("an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("lists another account's tokens from the user table and revokes one", async ({ page }) => {
    const analyst = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("analyst") });
    const name = `analyse ${Date.now()}`;
    const created = await analyst.post("/api/v1/account/tokens", { data: { name, scopes: ["read"], expiresInDays: null } });
    const { secret } = (await created.json()) as { secret: string };
    await analyst.dispose();

    await page.goto("/admin/users");
    await page.getByTestId("user-row-analyst@demo.local").getByRole("link", { name: /^Jetons d'accès de / }).click();
    await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]+\/tokens$/);
    const row = page.getByTestId(`token-row-${name}`);
    await expect(row).toContainText("Actif");
    await expect(row).toContainText("Jamais");
    await page.getByRole("button", { name: `Révoquer « ${name} »` }).click();
    await page.getByRole("button", { name: "Révoquer définitivement" }).click();
    await expect(row).toContainText("Révoqué");

    const api = await script(secret);
    expect((await api.get("/api/v1/articles")).status()).toBe(401);
    await api.dispose();
  });
});

test("the OpenAPI document is served to anyone and lists the token routes", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await anonymous.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/articles", "/api/v1/account/tokens/{id}", "/api/v1/openapi.json"]));
  expect(document.components.securitySchemes.accessToken).toMatchObject({ type: "http", scheme: "bearer" });
  await anonymous.dispose();
});

for (const caller of demoRoles) {
  test(`access with a read and write token of ${caller}`, async () => {
    const session = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath(caller) });
    const created = await session.post("/api/v1/account/tokens", { data: { name: `matrix ${caller} ${Date.now()}`, scopes: ["read", "write"], expiresInDays: 30 } });
    expect(created.status()).toBe(201);
    const { id, secret } = (await created.json()) as { id: string; secret: string };
    const api = await script(secret);
    for (const endpoint of endpoints.filter(({ route }) => route.startsWith("/api/v1/"))) {
      const response = await api.fetch(endpoint.path, { method: endpoint.method, data: endpoint.body });
      const status = response.status();
      const label = `${endpoint.method} ${endpoint.path} with ${caller}'s token: ${status}`;
      if (sessionOnlyRoutes.has(endpoint.route)) expect(status, label).toBe(403);
      else if (endpoint.access === "public" || can(roleOf[caller], endpoint.access)) {
        expect([401, 403], label).not.toContain(status);
        expect(status, label).toBeLessThan(500);
      } else expect(status, label).toBe(403);
    }
    await api.dispose();
    expect((await session.delete(`/api/v1/account/tokens/${id}`)).status()).toBe(200);
    await session.dispose();
  });
}
