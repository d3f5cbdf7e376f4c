// Appends to the audit log (the database refuses updates and deletes of it), with the address of the
// request the change is made in unless the entry names one.
import "server-only";
import { currentRequestIp } from "@/lib/audit/request-context";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
  metadata?: Prisma.InputJsonValue;
};

// The app client or a transaction of it.
type AuditWriter = { auditLog: Pick<Database["auditLog"], "create"> };

export async function recordAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({ data: { ...entry, actorId: entry.actorId ?? null, ip: entry.ip ?? currentRequestIp() } });
}
