// One signed-in browser state per demo role, reused by the specs.
import { test as setup } from "@playwright/test";
import { signInThroughForm } from "./support/sign-in";
import { demoEmail, demoPassword, demoRoles, storageStatePath } from "./support/server";

for (const role of demoRoles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signInThroughForm(page, demoEmail(role), demoPassword);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
