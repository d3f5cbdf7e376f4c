// Runs in each integration test file before the file's own imports: lib/env.ts caches the environment
// on first read and lib/db.ts connects with it, so DATABASE_URL must point at the throwaway server first.
import { afterAll, inject } from "vitest";
import type { Database } from "@/lib/db/client";

process.env.DATABASE_URL = inject("databaseUrl");

// lib/db.ts keeps its client on globalThis; close its pool so no connection outlives the file.
afterAll(async () => {
  const holder = globalThis as { prisma?: Database };
  await holder.prisma?.$disconnect();
  delete holder.prisma;
});
