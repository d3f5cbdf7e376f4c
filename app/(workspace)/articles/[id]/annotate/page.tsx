import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/annotations/annotation-exchange";
import { AnnotationWorkspace } from "@/components/annotations/annotation-workspace";
import { ArticleStatusControl } from "@/components/annotations/article-status-control";
import { getAnnotationWorkspace } from "@/lib/annotations/get-annotation-workspace";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { listEntityTypes } from "@/lib/entities/entity-types";
import { AppError } from "@/lib/errors";
import { getTranslations } from "@/lib/i18n/get-locale";
import { listThemes } from "@/lib/taxonomy/list-themes";
import { idParams } from "@/lib/validations/common";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AnnotatePage({ params, searchParams }: Props) {
  const user = await guardPage("annotation.read");
  const parsed = idParams.safeParse(await params);
  if (!parsed.success) notFound();
  // ?annotation=<id>: open the article on that mark (links from the entity register).
  const focus = idParams.safeParse({ id: (await searchParams).annotation });
  const [workspace, entityTypes, themes] = await Promise.all([
    getAnnotationWorkspace(user, parsed.data.id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listEntityTypes(user),
    listThemes(user),
  ]);
  const { t } = await getTranslations();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Link href={`/articles/${workspace.article.id}`} className="text-sm text-indigo-700 hover:underline">
            ← {t.annotate.backToArticle}
          </Link>
          <h1 className="mt-1 font-serif text-2xl font-semibold">{workspace.article.title}</h1>
          <ExportLinks articleId={workspace.article.id} />
        </div>
        <ArticleStatusControl articleId={workspace.article.id} status={workspace.article.status} version={workspace.article.version} canAnnotate={can(user.role, "annotation.create")} canReview={can(user.role, "annotation.review")} />
      </div>
      <AnnotationWorkspace
        key={workspace.revision?.id}
        workspace={workspace}
        entityTypes={entityTypes}
        themes={themes}
        canAnnotate={can(user.role, "annotation.create")}
        canReview={can(user.role, "annotation.review")}
        author={{ id: user.id, name: user.name }}
        focusId={focus.data?.id}
      />
    </div>
  );
}
