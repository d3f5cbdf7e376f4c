// The one Prisma client (Rust-free query compiler + node-postgres adapter).
import "server-only";
import { createPrismaClient } from "@/lib/db/client";

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

// Reused across hot reloads in development so connections are not exhausted.
export const db = globalForPrisma.prisma ?? createPrismaClient();
globalForPrisma.prisma = db;
