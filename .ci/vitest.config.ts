// Vitest: `unit` runs the pure-logic tests beside the code; `integration` runs `*.integration.test.ts`
// against a throwaway PostgreSQL started by lib/testing/global-setup.ts.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// This file sits in .ci/: everything resolves from the project root, one level up.
const root = fileURLToPath(new URL("..", import.meta.url));
const fromRoot = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));

const ignored = ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "e2e/**", "test-results/**"];

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      { find: /^server-only$/, replacement: fromRoot("lib/testing/server-only-stub.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: [...ignored, "**/*.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: ignored,
          globalSetup: [fromRoot("lib/testing/global-setup.ts")],
          setupFiles: [fromRoot("lib/testing/integration-setup.ts")],
          // One database and a 2-core machine: files run one after another.
          fileParallelism: false,
          // Argon2 hashing and real queries: slower than pure unit tests.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
