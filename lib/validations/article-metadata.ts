// Editing an article's metadata: title, outlet, address, byline, language and publication date.
import { z } from "zod";
import { versionSchema } from "@/lib/validations/common";
import { httpUrlSchema } from "@/lib/validations/import";

const clearable = (schema: z.ZodType<string>) => schema.nullable().optional();

export const updateArticleSchema = z
  .object({
    version: versionSchema,
    title: z.string().trim().min(1, "An article needs a title.").max(500, "A title has at most 500 characters.").optional(),
    source: clearable(z.string().trim().min(1, "Enter the outlet's name, or leave it empty.").max(200, "A source name has at most 200 characters.")),
    url: clearable(httpUrlSchema),
    byline: clearable(z.string().trim().max(300, "A byline has at most 300 characters.")),
    language: clearable(z.string().trim().regex(/^[a-z]{2,3}$/, "A language is a code such as fr, en or ar.")),
    // The precision follows from the form: 2024 (year), 2024-12 (month), 2024-12-02 (day).
    published: clearable(z.string().trim().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "A publication date is written 2024, 2024-12 or 2024-12-02.")),
  })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), "Nothing to change.");

export type UpdateArticleInput = z.infer<typeof updateArticleSchema>;

// A correction of the whole text (the API body limit, 1 MB, bounds it first).
export const correctTextSchema = z.object({ version: versionSchema, text: z.string().trim().min(1, "The text cannot be empty.").max(900_000, "The text is too long.") });
