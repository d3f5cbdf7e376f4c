// An editor opens an article from the list and reads it; the interface switches to English.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/server";

test.use({ storageState: storageStatePath("editor") });

test("opens a seed article and reads its text and original file", async ({ page }) => {
  await page.goto("/articles");
  await page.getByRole("link", { name: /Régis Colcombet/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le général Régis Colcombet (DCSD) en mission à Rabat");
  await expect(page.getByText("Direction de la coopération de sécurité et de défense").first()).toBeVisible();
  await expect(page.getByText(/000_c9c3fc588f35eb4a\.txt/)).toBeVisible();
  await page.getByRole("link", { name: /Retour aux articles/ }).click();
  await expect(page).toHaveURL(/\/articles$/);
});

test("switches the interface and date formats to English and back", async ({ page }) => {
  await page.goto("/articles");
  await page.getByRole("group", { name: "Langue" }).getByRole("button", { name: "en" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator("tbody tr").filter({ hasText: "Régis Colcombet" }).getByText("March 2023")).toBeVisible();
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "fr" }).click();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

test("an unknown article id is a 404, not an error", async ({ page }) => {
  const response = await page.goto("/articles/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});
