// The reading view of an article: metadata, then its current text paragraph by paragraph.
import Link from "next/link";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
import type { ArticleDetail } from "@/lib/articles/get-article";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

export function ArticleReader({ article, t, locale }: { article: ArticleDetail; t: Messages; locale: Locale }) {
  const paragraphs = (article.currentRevision?.text ?? "").split(/\n\s*\n|\n/).filter((paragraph) => paragraph.trim());
  return (
    <article className="mx-auto max-w-3xl">
      <Link href="/articles" className="text-sm text-indigo-700 hover:underline">
        ← {t.articles.back}
      </Link>
      <header className="mt-4 border-b border-slate-200 pb-4">
        <h1 className="font-serif text-3xl leading-tight font-semibold">{article.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
          <span>{article.source?.name}</span>
          <span>
            {article.publishedOn && article.publishedPrecision
              ? formatCalendarDate(article.publishedOn, article.publishedPrecision, locale)
              : t.articles.unknownDate}
          </span>
          {article.language && <span className="uppercase">{article.language}</span>}
          <ArticleStatusBadge status={article.status} />
          {article.currentRevision && <span>{interpolate(t.articles.revision, { number: article.currentRevision.number })}</span>}
        </p>
        {article.uploads.map((upload) => (
          <p key={upload.id} className="mt-1 text-xs text-slate-500">
            {t.articles.originalUpload}: {upload.filename} ({upload.mediaType}, {upload.size.toLocaleString(locale)} o)
          </p>
        ))}
      </header>
      <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed text-slate-800" lang={article.language ?? undefined}>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
