"use client";
// The register list: search over names and aliases (accent-insensitive, as you type), a type filter,
// each entity's number of names and mentions, and pages. The address holds the search, so the server
// renders each answer and a search can be bookmarked.
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { EntityTypeBadge, EntityTypeOptions, useTypeLabel } from "@/components/entities/entity-type";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SearchBox } from "@/components/search/search-box";
import { TableHead } from "@/components/ui/table-head";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import type { EntityPage } from "@/lib/entities/search-entities";
import { interpolate } from "@/lib/i18n/messages";

type Props = { page: EntityPage; q: string; type: string; types: EntityTypeOption[] };

export function EntityRegister({ page, q, type, types }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const typeLabel = useTypeLabel(types);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const hrefOf = (change: { q?: string; type?: string; page?: number }) => {
    const next = { q, type, page: 1, ...change };
    const params = new URLSearchParams({ ...(next.q && { q: next.q }), ...(next.type && { type: next.type }), ...(next.page > 1 && { page: String(next.page) }) });
    return params.size ? `${pathname}?${params}` : pathname;
  };

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t.entities.title}</h1>
        <Link href="/entities/duplicates" className="text-sm font-medium text-indigo-700 hover:underline">
          {t.entities.duplicatesLink} →
        </Link>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-72 flex-1">
          <SearchBox id="entity-search" value={q} onSearch={(words) => router.replace(hrefOf({ q: words }))} label={t.entities.searchLabel} placeholder={t.entities.searchPlaceholder} submitLabel={t.search.submit} />
        </div>
        <select aria-label={t.entities.type} value={type} onChange={(event) => router.push(hrefOf({ type: event.target.value }))} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm shadow-sm">
          <EntityTypeOptions types={types} withAll />
        </select>
      </div>
      <p role="status" className="text-sm text-slate-600">
        {interpolate(t.entities.count, { count: page.total })}
      </p>
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {page.page > 1 ? t.entities.pastLastPage : q ? interpolate(t.entities.noMatch, { q }) : t.entities.empty}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <TableHead columns={[t.entities.columnName, t.entities.columnType, t.entities.columnNames, t.entities.columnMentions]} />
            <tbody>
              {page.items.map((entity) => (
                <tr key={entity.id} className="border-t border-slate-100 align-top hover:bg-slate-50" data-testid="entity-row">
                  <td className="px-4 py-3">
                    <Link href={`/entities/${entity.id}`} className="font-medium text-indigo-800 hover:underline">
                      {entity.name}
                    </Link>
                    {entity.matchedAlias !== entity.name && <span className="block text-xs text-slate-500">{interpolate(t.entities.foundBy, { alias: entity.matchedAlias })}</span>}
                    {entity.description && <span className="block truncate text-xs text-slate-600">{entity.description}</span>}
                  </td>
                  <td className="px-4 py-3">
                    <EntityTypeBadge label={typeLabel(entity.typeKey)} color={entity.color} />
                  </td>
                  <td className="px-4 py-3 tabular-nums">{entity.aliasCount}</td>
                  <td className="px-4 py-3 tabular-nums">{entity.mentionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(pages > 1 || page.page > 1) && (
        <nav aria-label={t.search.pagination} className="flex items-center justify-end gap-3 text-sm">
          {page.page > 1 && (
            <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5" href={hrefOf({ page: page.page - 1 })}>
              {t.articles.previous}
            </Link>
          )}
          <span>{interpolate(t.articles.page, { page: page.page, pages })}</span>
          {page.page < pages && (
            <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5" href={hrefOf({ page: page.page + 1 })}>
              {t.articles.next}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
