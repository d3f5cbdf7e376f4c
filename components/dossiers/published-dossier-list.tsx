// The readers' list of published dossiers: a search and filter form (a plain GET form, so it works
// before any script loads and its URL can be shared) and the latest version of each dossier.
import Link from "next/link";
import { ReadingPageLink } from "@/components/dossiers/reading-page-link";
import type { listPublishedDossiers } from "@/lib/dossiers/published-dossiers";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate, type Messages } from "@/lib/i18n/messages";
import type { PublishedListQuery } from "@/lib/validations/dossier";
import type { Locale } from "@/lib/validations/locale";

type Result = Awaited<ReturnType<typeof listPublishedDossiers>>;

const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function PublishedDossierList({ result, query, t, locale }: { result: Result; query: PublishedListQuery; t: Messages; locale: Locale }) {
  const filtered = Boolean(query.q || query.theme?.length || query.entity?.length || query.from || query.to);
  const themeLabel = new Map(result.filters.themes.map((theme) => [theme.slug, theme.label[locale]]));
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    for (const theme of query.theme ?? []) params.append("theme", theme);
    for (const entity of query.entity ?? []) params.append("entity", entity);
    if (query.from) params.set("from", query.from);
    if (query.to) params.set("to", query.to);
    params.set("page", String(page));
    return `/dossiers?${params}`;
  };
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t.dossiers.title}</h1>
      <form method="get" action="/dossiers" className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" role="search">
        <label className="flex min-w-64 flex-1 flex-col text-xs text-slate-600">
          {t.dossiers.search}
          <input name="q" type="search" defaultValue={query.q ?? ""} placeholder={t.dossiers.searchPlaceholder} className={field} />
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t.dossiers.theme}
          <select name="theme" defaultValue={query.theme?.[0] ?? ""} className={field}>
            <option value="">{t.dossiers.anyTheme}</option>
            {result.filters.themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.label[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t.dossiers.entity}
          <select name="entity" defaultValue={query.entity?.[0] ?? ""} className={field}>
            <option value="">{t.dossiers.anyEntity}</option>
            {result.filters.entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t.dossiers.from}
          <input name="from" type="date" defaultValue={query.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t.dossiers.to}
          <input name="to" type="date" defaultValue={query.to ?? ""} className={field} />
        </label>
        <button type="submit" className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">
          {t.dossiers.apply}
        </button>
        {filtered && (
          <Link href="/dossiers" className="py-1.5 text-sm text-indigo-700 hover:underline">
            {t.dossiers.reset}
          </Link>
        )}
      </form>
      {result.items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{filtered ? t.dossiers.noMatch : t.dossiers.empty}</p>
      ) : (
        <>
          <p className="mt-4 text-sm text-slate-600">{interpolate(t.dossiers.total, { total: result.total })}</p>
          <ul className="mt-2 space-y-3" data-testid="published-dossiers">
            {result.items.map((item) => (
              <li key={item.slug} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <ReadingPageLink href={`/dossiers/${item.slug}`} className="font-serif text-xl font-semibold text-indigo-900 hover:underline">
                  {item.title}
                </ReadingPageLink>
                {item.summary && <p className="mt-1 text-slate-700">{item.summary}</p>}
                <p className="mt-2 flex flex-wrap gap-x-3 text-xs text-slate-500">
                  <span>{interpolate(t.dossiers.publishedOn, { date: formatCalendarDate(item.publishedAt.slice(0, 10), "DAY", locale) })}</span>
                  <span>{interpolate(t.dossiers.version, { number: item.number })}</span>
                  {item.periodStart && item.periodEnd && (
                    <span>
                      {formatCalendarDate(item.periodStart, "MONTH", locale)} – {formatCalendarDate(item.periodEnd, "MONTH", locale)}
                    </span>
                  )}
                  {item.themes.map((slug) => (
                    <span key={slug} className="rounded bg-emerald-50 px-1.5 text-emerald-800">
                      {themeLabel.get(slug) ?? slug}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
          <nav className="mt-4 flex gap-4 text-sm">
            {result.page > 1 && (
              <Link href={pageHref(result.page - 1)} className="text-indigo-700 hover:underline">
                ← {t.dossiers.previous}
              </Link>
            )}
            {result.page * result.pageSize < result.total && (
              <Link href={pageHref(result.page + 1)} className="text-indigo-700 hover:underline">
                {t.dossiers.next} →
              </Link>
            )}
          </nav>
        </>
      )}
    </section>
  );
}
