import { z } from "zod";

export const listArticlesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;
