// Where the end-to-end server listens, and the demo accounts the tests sign in with.
// E2E_PORT lets two checkouts run their end-to-end tests side by side.
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://localhost:${e2ePort}`;

export const demoPassword = "demo-password";
export const demoRoles = ["admin", "editor", "analyst", "reader"] as const;
export type DemoRole = (typeof demoRoles)[number];

export const demoEmail = (role: DemoRole) => `${role}@demo.local`;
export const storageStatePath = (role: DemoRole) => `e2e/.auth/${role}.json`;
