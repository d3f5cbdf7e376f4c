"use client";
// Every mention of the entity across articles, newest article first: the quoted span in its context,
// its review state, and a link that opens the article's annotation workspace on that mark.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { EntityMentionPage } from "@/lib/entities/entity-mentions";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate } from "@/lib/i18n/messages";

type Props = { mentions: EntityMentionPage; chosen: ReadonlySet<string> | null; onToggle: (id: string) => void };

export function EntityMentionList({ mentions, chosen, onToggle }: Props) {
  const { t, locale } = useI18n();
  const pages = Math.max(1, Math.ceil(mentions.total / mentions.pageSize));
  return (
    <section className="space-y-2" aria-labelledby="entity-mentions">
      <h2 id="entity-mentions" className="font-semibold">
        {t.entities.mentions} ({mentions.total})
      </h2>
      {mentions.items.length === 0 ? (
        <p className="text-sm text-slate-500">{t.entities.noMentions}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="entity-mentions">
          {mentions.items.map((mention) => (
            <li key={mention.id} className="flex gap-3 px-4 py-3" data-testid="entity-mention">
              {chosen && (
                <input type="checkbox" className="mt-1" aria-label={interpolate(t.entities.chooseMention, { title: mention.article.title })} checked={chosen.has(mention.id)} onChange={() => onToggle(mention.id)} />
              )}
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  <Link href={`/articles/${mention.article.id}/annotate?annotation=${mention.id}`} className="font-medium text-indigo-800 hover:underline">
                    {mention.article.title}
                  </Link>
                  <span className="text-xs text-slate-500">
                    {mention.article.publishedOn && mention.article.publishedPrecision ? formatCalendarDate(mention.article.publishedOn, mention.article.publishedPrecision, locale) : t.articles.unknownDate}
                    {" · "}
                    {t.annotate.statuses[mention.status]}
                  </span>
                </p>
                <p className="mt-1 font-serif text-sm text-slate-700">
                  …{mention.prefix}
                  <mark className="rounded-sm bg-yellow-100 px-0.5 text-slate-900">{mention.quote}</mark>
                  {mention.suffix}…
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t.search.pagination} className="flex items-center justify-end gap-3 text-sm">
          {mentions.page > 1 && <Link href={`?page=${mentions.page - 1}`}>{t.articles.previous}</Link>}
          <span>{interpolate(t.articles.page, { page: mentions.page, pages })}</span>
          {mentions.page < pages && <Link href={`?page=${mentions.page + 1}`}>{t.articles.next}</Link>}
        </nav>
      )}
    </section>
  );
}
