// A change made while a request is handled is audited with the request's address, through the
// transaction that records it; outside a request (command-line tools) the entry has none.
import { describe, expect, it } from "vitest";
import { withRequestIp } from "@/lib/audit/request-context";
import { db } from "@/lib/db";
import { createEntity } from "@/lib/entities/create-entity";
import { actorOf, createTestUser, uniqueIp } from "@/lib/testing/fixtures";

const auditedIp = async (entityId: string) => (await db.auditLog.findFirstOrThrow({ where: { action: "entity.create", targetId: entityId }, select: { ip: true } })).ip;

describe("the request's address in the audit log", () => {
  it("is recorded with every change made while the request is handled, and not outside one", async () => {
    const analyst = actorOf(await createTestUser("ANALYST"));
    const ip = uniqueIp();
    const inRequest = await withRequestIp(ip, () => createEntity(analyst, { name: `Adresse ${ip}`, typeKey: "ORG" }));
    const outside = await createEntity(analyst, { name: `Sans adresse ${ip}`, typeKey: "ORG" });
    expect(await auditedIp(inRequest.id)).toBe(ip);
    expect(await auditedIp(outside.id)).toBeNull();
  });
});
