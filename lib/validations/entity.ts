// The entity register as the API receives it: list and duplicate queries, edits of an entity and its
// names, merges (with undo), splits and decisions on proposed duplicates.
import { z } from "zod";
import { newEntitySchema } from "@/lib/validations/annotation";
import { versionSchema } from "@/lib/validations/common";

const id = (what: string) => z.string().uuid(`${what} is not a valid id.`);
const page = z.coerce.number().int().min(1).max(10_000).default(1);
const typeKey = z.string().trim().min(1, "Choose the entity's type.").max(40);
// A type filter; an empty one (a form's "all types") is none.
const typeFilter = z.preprocess((value) => value || undefined, z.string().max(40).optional());
const entityName = newEntitySchema.shape.name;

export const entityListQuerySchema = z.object({
  q: z.string().trim().max(200, "Type at most 200 characters.").default(""),
  type: typeFilter,
  page,
});

export const entityMentionsQuerySchema = z.object({ page });

export const duplicatesQuerySchema = z.object({ type: typeFilter, page });

// Identifiers in other registers, by register: { "wikidata": "Q57553" }.
export const externalIdsSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, "A register is named in lower-case letters, digits, - or _ (wikidata, viaf, isni…)."),
    z.string().trim().min(1, "An identifier cannot be empty.").max(200, "An identifier has at most 200 characters."),
  )
  .refine((ids) => Object.keys(ids).length <= 20, "At most 20 identifiers.")
  .refine((ids) => ids.wikidata === undefined || /^Q\d+$/.test(ids.wikidata), { message: "A Wikidata id is Q followed by digits (Q57553).", path: ["wikidata"] });

export const updateEntitySchema = z
  .object({
    version: versionSchema,
    canonicalName: entityName.optional(),
    typeKey: typeKey.optional(),
    description: z.string().trim().max(5_000, "A description has at most 5,000 characters.").nullable().optional(),
    externalIds: externalIdsSchema.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), "Nothing to change.");

// The canonical name is set by renaming the entity, not added as an alias.
export const aliasKinds = ["VARIANT", "ACRONYM", "TRANSLATION"] as const;

export const newAliasSchema = z.object({
  version: versionSchema,
  name: z.string().trim().min(1, "The name is required.").max(300, "A name has at most 300 characters."),
  kind: z.enum(aliasKinds, { message: "The kind is VARIANT, ACRONYM or TRANSLATION." }).default("VARIANT"),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/, "A language is its ISO code: fr, ar, en, ber…")
    .nullable()
    .optional(),
});

export const aliasParams = z.object({ id: id("The entity"), aliasId: id("The name") });

export const mergeEntitiesSchema = z
  .object({ sourceId: id("The entity merged"), targetId: id("The entity kept"), sourceVersion: versionSchema, targetVersion: versionSchema })
  .refine((value) => value.sourceId !== value.targetId, { message: "An entity cannot be merged into itself.", path: ["targetId"] });

export const splitEntitySchema = z
  .object({
    version: versionSchema,
    name: entityName,
    typeKey: typeKey.optional(),
    aliasIds: z.array(id("A name")).max(500, "Move at most 500 names at once.").default([]),
    annotationIds: z.array(id("A mention")).max(5_000, "Move at most 5,000 mentions at once.").default([]),
  })
  .refine((value) => value.aliasIds.length + value.annotationIds.length > 0, "Choose the names or mentions to move to the new entity.");

// Confirming a proposed pair merges one into the other; dismissing it keeps it from being proposed again.
export const duplicateDecisionSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({ decision: z.literal("DISMISSED"), entityIds: z.tuple([id("The entity"), id("The entity")]) }).refine((value) => value.entityIds[0] !== value.entityIds[1], "Choose two different entities."),
    mergeEntitiesSchema.safeExtend({ decision: z.literal("CONFIRMED") }),
  ],
  { message: "The decision is CONFIRMED or DISMISSED." },
);

export type EntityListQuery = z.infer<typeof entityListQuerySchema>;
export type DuplicatesQuery = z.infer<typeof duplicatesQuerySchema>;
export type UpdateEntityInput = z.infer<typeof updateEntitySchema>;
export type NewAliasInput = z.infer<typeof newAliasSchema>;
export type MergeEntitiesInput = z.infer<typeof mergeEntitiesSchema>;
export type SplitEntityInput = z.infer<typeof splitEntitySchema>;
export type DuplicateDecisionInput = z.infer<typeof duplicateDecisionSchema>;
