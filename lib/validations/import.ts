// Inputs of the import endpoints: pasted text, a URL, clean-up revisions.
import { z } from "zod";
import { versionSchema } from "@/lib/validations/common";

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} has at most ${max} characters.`)
    .optional()
    .transform((value) => value || undefined);

export const publishedSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "A publication date is written 2024, 2024-12 or 2024-12-02.")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const httpUrlSchema = z
  .string()
  .trim()
  .url("Enter a full address, such as https://example.org/article.")
  .refine((value) => /^https?:\/\//i.test(value), "Only http and https addresses can be imported.");

const PASTE_MAX_CHARACTERS = 2_000_000;
// The JSON carrying the longest paste: up to 4 bytes a character in UTF-8 (Arabic takes 2, CJK 3).
export const PASTE_BODY_BYTES = 4 * PASTE_MAX_CHARACTERS + 100_000;

export const pasteArticleSchema = z.object({
  title: optionalText("A title", 500),
  // Not trimmed: the pasted text is kept exactly as the original upload.
  text: z
    .string({ message: "Paste the article's text." })
    .max(PASTE_MAX_CHARACTERS, "A pasted text has at most 2,000,000 characters.")
    .refine((value) => value.trim().length > 0, "Paste the article's text."),
  source: optionalText("A source name", 200),
  url: httpUrlSchema.optional().or(z.literal("").transform(() => undefined)),
  published: publishedSchema,
  language: optionalText("A language code", 12),
});

export const importUrlSchema = z.object({ url: httpUrlSchema });

export const reviseCleanupSchema = z.object({
  version: versionSchema,
  kept: z.array(z.string().max(200, "Not a clean-up change id."), { message: "kept is the list of clean-up changes to undo." }).max(5000, "Too many clean-up changes."),
});

export type PasteArticleInput = z.infer<typeof pasteArticleSchema>;
export type ImportUrlInput = z.infer<typeof importUrlSchema>;
export type ReviseCleanupInput = z.infer<typeof reviseCleanupSchema>;

/** The form field naming the interrupted batch that an upload of the same files resumes. */
export const resumeBatchSchema = z.string().uuid("Not a valid import id.").optional();
