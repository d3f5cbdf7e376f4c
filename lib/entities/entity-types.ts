// The entity types an annotation can use (PERSON, ORG, LOCATION and those an admin adds).
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export type EntityTypeOption = { id: string; key: string; labelFr: string; labelEn: string; color: string };

export async function listEntityTypes(actor: CurrentUser): Promise<EntityTypeOption[]> {
  assertCan(actor, "entity.read");
  return db.entityType.findMany({ where: { deletedAt: null }, orderBy: { key: "asc" }, select: { id: true, key: true, labelFr: true, labelEn: true, color: true } });
}
