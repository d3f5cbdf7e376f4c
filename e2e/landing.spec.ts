// Each role signs in and lands where its work is, with the navigation its role allows.
import { expect, test } from "@playwright/test";
import demoArticles from "../prisma/demo/articles.json" with { type: "json" };
import { storageStatePath, type DemoRole } from "./support/server";

const workspaceRoles: DemoRole[] = ["admin", "editor", "analyst"];

for (const role of workspaceRoles) {
  test.describe(`${role} lands in the workspace`, () => {
    test.use({ storageState: storageStatePath(role) });

    test("sees the five seed articles with titles and dates", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/articles$/);
      const rows = page.locator("tbody tr");
      // Other tests import articles meanwhile: the five seeds are there, whatever else is.
      for (const { title } of demoArticles) await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
      // Month precision reads as a month, year precision as a year.
      await expect(rows.filter({ hasText: "Régis Colcombet" }).getByText("mars 2023")).toBeVisible();
      await expect(rows.filter({ hasText: "Darmanin" }).getByRole("cell", { name: "2024", exact: true })).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Navigation principale" });
      await expect(nav.getByRole("link", { name: "Articles" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Utilisateurs" })).toHaveCount(role === "admin" ? 1 : 0);
    });
  });
}

test.describe("reader", () => {
  test.use({ storageState: storageStatePath("reader") });

  test("lands on the published dossiers and has no workspace navigation", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/dossiers$/);
    await expect(page.getByRole("heading", { name: "Dossiers publiés" })).toBeVisible();
    // The demo's published dossier is listed (other tests publish more meanwhile).
    await expect(page.getByRole("link", { name: "Coopération militaire : le Maroc entre Washington et Paris (2020–2024)" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link", { name: "Articles" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Rédaction" })).toHaveCount(0);
  });

  test("is refused workspace pages and their API, without seeing data", async ({ page }) => {
    for (const path of ["/articles", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
      await expect(page.locator("body")).not.toContainText("Colcombet");
    }
    const api = await page.request.get("/api/v1/articles");
    expect(api.status()).toBe(403);
    expect(await api.text()).not.toContain("Colcombet");
  });
});

test("an anonymous visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
});
