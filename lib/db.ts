// The one Prisma client (Rust-free query compiler + node-postgres adapter), created on first use so
// that importing this module (e.g. while `next build` collects pages) needs no database.
import "server-only";
import { createPrismaClient, type Database } from "@/lib/db/client";

const globalForPrisma = globalThis as unknown as { prisma?: Database };

// Kept on globalThis so hot reloads in development reuse it instead of exhausting connections.
function client(): Database {
  return (globalForPrisma.prisma ??= createPrismaClient());
}

export const db = new Proxy({} as Database, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
