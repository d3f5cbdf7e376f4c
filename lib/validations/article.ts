import { z } from "zod";

export const listArticlesQuerySchema = z.object({
  page: z.coerce.number().int("page must be a whole number.").min(1, "page starts at 1.").default(1),
  pageSize: z.coerce
    .number()
    .int("pageSize must be a whole number.")
    .min(1, "pageSize is at least 1.")
    .max(100, "pageSize is at most 100.")
    .default(25),
});

export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;
