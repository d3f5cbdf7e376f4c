// Prisma CLI configuration. The "js" engine uses the WebAssembly schema engine shipped in the npm
// package, so `prisma generate` and `prisma migrate diff` work offline. Migrations are applied by
// our own runner (lib/db/migrate.ts), not by `prisma migrate`, which needs a native engine.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The schema's `env("DATABASE_URL")` must resolve even for commands that never connect (generate, diff).
process.env.DATABASE_URL ??= "postgresql://localhost/unused";

export default defineConfig({
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  engine: "js",
  experimental: { adapter: true },
  // Idle connections closed quickly: otherwise the pool keeps a one-shot CLI command alive for seconds.
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 100 }),
});
