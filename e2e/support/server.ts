// Where the end-to-end server listens, and the demo accounts the tests sign in with.
// E2E_PORT lets two checkouts run their end-to-end tests side by side.
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://localhost:${e2ePort}`;

export const demoPassword = "demo-password";
export const demoRoles = ["admin", "editor", "analyst", "reader"] as const;
export type DemoRole = (typeof demoRoles)[number];

export const demoEmail = (role: DemoRole) => `${role}@demo.local`;
export const storageStatePath = (role: DemoRole) => `e2e/.auth/${role}.json`;

// The test OpenID Connect provider (e2e/support/oidc-issuer.ts) and the client the app is registered as.
export const oidcIssuerPort = e2ePort + 1000;
export const oidcIssuerURL = `http://localhost:${oidcIssuerPort}`;
export const oidcClient = { id: "dossier-cms-e2e", secret: "e2e-only-oidc-client-secret", name: "Test SSO" };
