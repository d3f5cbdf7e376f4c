// Everything the annotation workspace of one article needs: its current text, the annotations on that
// text (rejected ones included, greyed out by the UI), and those a text correction orphaned.
import "server-only";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { readAnnotationViews } from "@/lib/annotations/read-annotation-views";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export type AnnotationWorkspace = {
  article: { id: string; title: string; status: "TO_ANNOTATE" | "IN_PROGRESS" | "REVIEWED"; version: number; language: string | null; publishedOn: string | null; publishedPrecision: "DAY" | "MONTH" | "YEAR" | null };
  revision: { id: string; number: number; text: string } | null;
  annotations: AnnotationView[];
  orphans: AnnotationView[];
};

export async function getAnnotationWorkspace(actor: CurrentUser, articleId: string): Promise<AnnotationWorkspace> {
  assertCan(actor, "annotation.read");
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, status: true, version: true, language: true, publishedOn: true, publishedPrecision: true, currentRevision: { select: { id: true, number: true, text: true } } },
  });
  if (!article) throw notFound("This article");
  const { currentRevision, publishedOn, ...rest } = article;
  const views = await readAnnotationViews(articleId, currentRevision?.id ?? null);
  return {
    article: { ...rest, publishedOn: publishedOn?.toISOString().slice(0, 10) ?? null },
    revision: currentRevision,
    ...splitOrphans(views),
  };
}

/** The annotations alone, for the API and the workspace's refreshes: the text is not read again. */
export async function listArticleAnnotations(actor: CurrentUser, articleId: string): Promise<{ revisionId: string | null; annotations: AnnotationView[]; orphans: AnnotationView[] }> {
  assertCan(actor, "annotation.read");
  const article = await db.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { currentRevisionId: true } });
  if (!article) throw notFound("This article");
  return { revisionId: article.currentRevisionId, ...splitOrphans(await readAnnotationViews(articleId, article.currentRevisionId)) };
}

function splitOrphans(views: AnnotationView[]) {
  return { annotations: views.filter((view) => view.anchorState !== "ORPHANED"), orphans: views.filter((view) => view.anchorState === "ORPHANED") };
}
