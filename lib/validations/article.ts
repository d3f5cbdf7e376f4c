// The article search and list query, as it comes from the URL (`/articles?q=…` and `GET /api/v1/articles`):
// strings are coerced, repeated parameters are lists, and every bound is checked so a request can
// neither ask for the whole table at once nor send a query the database would choke on.
import { z } from "zod";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { parsePublicationDate, periodEnd } from "@/lib/ingest/publication-date";

export const articleSorts = ["relevance", "newest", "oldest"] as const;

const MAX_FILTER_VALUES = 50;

function listOf<T extends z.ZodType>(item: T, name: string) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(MAX_FILTER_VALUES, `At most ${MAX_FILTER_VALUES} ${name} values.`),
  );
}

const id = (name: string) => z.string().uuid(`${name} must be an id.`);

// 2023, 2023-03 or 2023-03-05; `from` is the first day of that period and `to` its last.
function dateBound(name: string, edge: "start" | "end") {
  return z
    .string()
    .trim()
    .transform((value, context) => {
      const date = parsePublicationDate(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : undefined);
      if (date) return edge === "start" ? date.date : periodEnd(date);
      context.addIssue({ code: "custom", message: `${name} is a date written 2024, 2024-12 or 2024-12-02.` });
      return z.NEVER;
    })
    .optional();
}

export const listArticlesQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(500, "A search has at most 500 characters.")
      // Control characters (PostgreSQL refuses NUL) and the snippet markers are not search terms.
      .transform((value) => value.replace(/[\u0000-\u001f\u007f\uE000\uE001]+/g, " ").trim() || undefined)
      .optional(),
    source: listOf(id("source"), "source"),
    language: listOf(z.string().regex(/^[a-z]{2,3}$/, "language is a code such as fr, en or ar."), "language"),
    theme: listOf(id("theme"), "theme"),
    entity: listOf(id("entity"), "entity"),
    status: listOf(z.enum(ArticleStatus, { message: `status is one of ${Object.values(ArticleStatus).join(", ")}.` }), "status"),
    from: dateBound("from", "start"),
    to: dateBound("to", "end"),
    sort: z.enum(articleSorts, { message: `sort is one of ${articleSorts.join(", ")}.` }).optional(),
    page: z.coerce.number().int("page must be a whole number.").min(1, "page starts at 1.").max(10_000, "page is at most 10000.").default(1),
    pageSize: z.coerce
      .number()
      .int("pageSize must be a whole number.")
      .min(1, "pageSize is at least 1.")
      .max(100, "pageSize is at most 100.")
      .default(25),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { message: "from is after to.", path: ["to"] });

export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;
// What a URL or a test may pass before parsing: any parameter may be absent.
export type ListArticlesParams = Partial<z.input<typeof listArticlesQuerySchema>>;
