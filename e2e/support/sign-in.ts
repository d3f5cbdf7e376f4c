// Signs in through the real form, as a person would.
import { expect, type Page } from "@playwright/test";

export async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  // Generous: a password check (Argon2id) on a busy CI machine can take seconds.
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 15_000 });
}
