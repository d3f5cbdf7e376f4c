// Dossiers as the API and the editor send them: the working copy's fields, its sections and items,
// and the workflow's steps. Every change carries the dossier version it was based on (409 if stale).
import { z } from "zod";
import { spanSchema } from "@/lib/validations/annotation";
import { versionSchema } from "@/lib/validations/common";

const id = (what: string) => z.string().uuid(`${what} is not a valid id.`);
const title = (what: string, max: number) =>
  z.string({ message: `${what} is required.` }).trim().min(1, `${what} is required.`).max(max, `${what} has at most ${max} characters.`);

export const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/, "Not a valid dossier address.") });
export const sectionParams = slugParams.extend({ sectionId: id("The section") });
export const itemParams = slugParams.extend({ itemId: id("The item") });
export const versionParams = slugParams.extend({ number: z.coerce.number().int().positive("Versions are numbered from 1.") });

export const panelsSchema = z.object({ timeline: z.boolean(), entities: z.boolean(), network: z.boolean(), themes: z.boolean() });
export type Panels = z.infer<typeof panelsSchema>;

export const createDossierSchema = z.object({
  title: title("The title", 200),
  summary: z.string().trim().max(2_000, "The summary has at most 2,000 characters.").default(""),
});

export const updateDossierSchema = z
  .object({
    version: versionSchema,
    title: title("The title", 200).optional(),
    summary: z.string().trim().max(2_000, "The summary has at most 2,000 characters.").optional(),
    panels: panelsSchema.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), "Nothing to change.");

export const versionBody = z.object({ version: versionSchema });

export const createSectionSchema = z.object({ version: versionSchema, title: title("The section title", 200) });
export const updateSectionSchema = z
  .object({ version: versionSchema, title: title("The section title", 200).optional(), position: z.number().int().min(0).optional() })
  .refine((value) => value.title !== undefined || value.position !== undefined, "Nothing to change.");

export const commentarySchema = z.string().trim().min(1, "The commentary is empty.").max(20_000, "A commentary has at most 20,000 characters.");

const itemTarget = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("ARTICLE"), articleId: id("The article") }),
    spanSchema.extend({ kind: z.literal("EXCERPT"), articleId: id("The article"), revisionId: id("The revision") }),
    z.object({ kind: z.literal("ENTITY"), entityId: id("The entity") }),
    z.object({ kind: z.literal("EVENT"), annotationId: id("The dated annotation") }),
    z.object({ kind: z.literal("COMMENTARY"), body: commentarySchema }),
  ],
  { message: "The kind is ARTICLE, EXCERPT, ENTITY, EVENT or COMMENTARY." },
);

export const createItemSchema = z.object({ version: versionSchema, sectionId: id("The section"), item: itemTarget });
export type NewDossierItem = z.infer<typeof itemTarget>;

export const updateItemSchema = z
  .object({
    version: versionSchema,
    body: commentarySchema.optional(),
    // Moving: to this section (default: its own) at this position.
    sectionId: id("The section").optional(),
    position: z.number().int().min(0).optional(),
  })
  .refine((value) => value.body !== undefined || value.position !== undefined, "Nothing to change.");

export const workflowSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("submit"), version: versionSchema }),
    z.object({ action: z.literal("withdraw"), version: versionSchema }),
    z.object({ action: z.literal("request_changes"), version: versionSchema, comment: title("The reviewer's comment", 4_000) }),
    z.object({ action: z.literal("publish"), version: versionSchema, scheduledAt: z.coerce.date({ message: "The scheduled time is not a date." }).optional() }),
    z.object({ action: z.literal("unpublish"), version: versionSchema }),
  ],
  { message: "The action is submit, withdraw, request_changes, publish or unpublish." },
);
export type WorkflowStep = z.infer<typeof workflowSchema>;

const listOf = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.infer<T>[]);

export const publishedListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  theme: listOf(z.string().max(100)).optional(),
  entity: listOf(id("The entity")).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date is written yyyy-mm-dd.").optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date is written yyyy-mm-dd.").optional(),
  page: z.coerce.number().int().min(1).max(1_000).default(1),
});
export type PublishedListQuery = z.infer<typeof publishedListQuery>;

export const exportQuery = z.object({ format: z.enum(["pdf", "md", "json"], { message: "The format is pdf, md or json." }) });
export const diffQuery = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });
