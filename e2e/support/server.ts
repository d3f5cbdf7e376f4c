// Where the end-to-end server listens, and the demo accounts the tests sign in with.
export const e2ePort = 3210;
export const baseURL = `http://localhost:${e2ePort}`;

export const demoPassword = "demo-password";
export const demoRoles = ["admin", "editor", "analyst", "reader"] as const;
export type DemoRole = (typeof demoRoles)[number];

export const demoEmail = (role: DemoRole) => `${role}@demo.local`;
export const storageStatePath = (role: DemoRole) => `e2e/.auth/${role}.json`;
