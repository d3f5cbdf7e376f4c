// Annotations as the API receives them: a span of the current revision (offsets in UTF-16 code units
// plus the quoted text, checked against the text), and what it says: an entity, a date or a theme.
import { z } from "zod";
import { versionSchema } from "@/lib/validations/common";

const id = (what: string) => z.string().uuid(`${what} is not a valid id.`);
const offset = (name: string) => z.number({ message: `${name} must be a number.` }).int(`${name} must be a whole number.`).min(0, `${name} cannot be negative.`);

export const spanSchema = z.object({
  start: offset("start"),
  end: offset("end"),
  quote: z.string({ message: "The quoted text is required." }).min(1, "The quoted text is required.").max(10_000, "A span has at most 10,000 characters."),
});

export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date is written yyyy-mm-dd.");
export const datePrecisionSchema = z.enum(["DAY", "MONTH", "YEAR"], { message: "The precision is DAY, MONTH or YEAR." });
export const normalisedDateSchema = z.object({ start: isoDaySchema, end: isoDaySchema, precision: datePrecisionSchema });

const noteSchema = z.string().trim().max(2_000, "A note has at most 2,000 characters.").nullable().optional();
export const newEntitySchema = z.object({
  name: z.string().trim().min(1, "The entity needs a name.").max(300, "An entity name has at most 300 characters."),
  typeKey: z.string().trim().min(1, "Choose the entity's type.").max(40),
});

// The revision the client annotated: a span chosen on an older text is refused (409), not misplaced.
const common = { revisionId: id("The revision").optional(), note: noteSchema };

// A theme marks a span, or the whole article (DOCUMENT), which then cites the spans supporting it.
const themeSchema = z
  .object({
    kind: z.literal("THEME"),
    scope: z.enum(["SPAN", "DOCUMENT"], { message: "The scope is SPAN or DOCUMENT." }).default("SPAN"),
    ...common,
    themeId: id("The theme"),
    ...spanSchema.partial().shape,
    evidence: z.array(spanSchema).max(50, "Cite at most 50 spans.").optional(),
  })
  .superRefine((value, context) => {
    if (value.scope === "DOCUMENT" && !value.evidence?.length) {
      context.addIssue({ code: "custom", path: ["evidence"], message: "A theme of the whole article must cite at least one supporting span." });
    }
    if (value.scope === "SPAN" && (value.start === undefined || value.end === undefined || value.quote === undefined)) {
      context.addIssue({ code: "custom", path: ["start"], message: "A theme of a span needs start, end and quote." });
    }
  });

export const createAnnotationSchema = z.discriminatedUnion(
  "kind",
  [
    spanSchema.extend({ kind: z.literal("ENTITY"), ...common, entityId: id("The entity").optional(), newEntity: newEntitySchema.optional() }).refine(
      (value) => Boolean(value.entityId) !== Boolean(value.newEntity),
      "Choose an entity of the register, or create one (not both).",
    ),
    spanSchema.extend({ kind: z.literal("DATE"), ...common, date: normalisedDateSchema }),
    themeSchema,
  ],
  { message: "The kind is ENTITY, DATE or THEME." },
);

export const updateAnnotationSchema = z
  .object({
    version: versionSchema,
    entityId: id("The entity").optional(),
    newEntity: newEntitySchema.optional(),
    themeId: id("The theme").optional(),
    date: normalisedDateSchema.optional(),
    note: noteSchema,
    status: z.enum(["SUGGESTED", "ACCEPTED", "REJECTED"], { message: "The status is SUGGESTED, ACCEPTED or REJECTED." }).optional(),
    // Moving the span (or re-attaching an orphaned annotation): a span of the current revision.
    span: spanSchema.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), "Nothing to change.");

export const versionBodySchema = z.object({ version: versionSchema });

export const reviewAnnotationsSchema = z.object({
  decision: z.enum(["ACCEPTED", "REJECTED"], { message: "The decision is ACCEPTED or REJECTED." }),
  items: z.array(z.object({ id: id("The annotation"), version: versionSchema })).min(1, "Select at least one annotation.").max(500, "Review at most 500 annotations at once."),
});

export const reviewQueueQuerySchema = z.object({
  kind: z.enum(["ENTITY", "DATE", "THEME"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const articleStatusSchema = z.object({
  version: versionSchema,
  status: z.enum(["TO_ANNOTATE", "IN_PROGRESS", "REVIEWED"], { message: "The status is TO_ANNOTATE, IN_PROGRESS or REVIEWED." }),
});

export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;
export type ReviewAnnotationsInput = z.infer<typeof reviewAnnotationsSchema>;
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
export type Span = z.infer<typeof spanSchema>;
export type NormalisedDateInput = z.infer<typeof normalisedDateSchema>;

export const exportQuerySchema = z.object({ format: z.enum(["jsonl", "w3c", "conll"], { message: "The format is jsonl, w3c or conll." }).default("jsonl") });
