// A person's mark replaces the suggestion it confirms: marking exactly the span of a pending
// suggestion of the same kind (or the theme a recommender proposed for the whole article) removes the
// suggestion (soft delete, with its evidence), so the article does not list the same thing twice.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Marked = { articleId: string; revisionId: string; kind: "ENTITY" | "DATE" | "THEME"; scope: "SPAN" | "DOCUMENT"; spans: { start: number; end: number }[]; themeId?: string };

export async function supersedeSuggestions(tx: Prisma.TransactionClient, { articleId, revisionId, kind, scope, spans, themeId }: Marked): Promise<void> {
  const pending = { articleId, kind, origin: "SUGGESTION" as const, status: "SUGGESTED" as const, deletedAt: null };
  const where: Prisma.AnnotationWhereInput =
    scope === "DOCUMENT"
      ? { ...pending, scope: "DOCUMENT", themeId }
      : { ...pending, scope: "SPAN", supportsId: null, revisionId, OR: spans.map(({ start, end }) => ({ start, end })) };
  const replaced = await tx.annotation.findMany({ where, select: { id: true } });
  if (replaced.length === 0) return;
  const ids = replaced.map((annotation) => annotation.id);
  await tx.annotation.updateMany({ where: { OR: [{ id: { in: ids } }, { supportsId: { in: ids } }], deletedAt: null }, data: { deletedAt: new Date(), version: { increment: 1 } } });
}
