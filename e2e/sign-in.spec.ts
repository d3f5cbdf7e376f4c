// Sign-in failures all get the same generic message.
import { expect, test } from "@playwright/test";

for (const [label, email] of [
  ["a wrong password", "editor@demo.local"],
  ["an unknown account", "nobody-here@demo.local"],
] as const) {
  test(`${label} gets the generic error`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill("not-the-password");
    await page.locator("form button[type=submit]").click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}
