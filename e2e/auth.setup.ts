// One signed-in browser state per demo role, reused by the specs. The state carries the French locale
// cookie, which takes precedence over the account's language: a spec that switches an account to
// English (and back) cannot change the language another spec running in parallel sees.
import { test as setup } from "@playwright/test";
import { signInThroughForm } from "./support/sign-in";
import { baseURL, demoEmail, demoPassword, demoRoles, storageStatePath } from "./support/server";

for (const role of demoRoles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signInThroughForm(page, demoEmail(role), demoPassword);
    await page.context().addCookies([{ name: "locale", value: "fr", url: baseURL }]);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
