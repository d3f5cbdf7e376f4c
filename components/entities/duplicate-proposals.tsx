"use client";
// The likely duplicates of the register with their evidence: the two names that matched and how
// closely, each entity's mentions, the articles naming both and the entities both are mentioned with.
// Keep one (the other is merged into it, which can be undone on its page) or dismiss the pair for good.
import Link from "next/link";
import { useState } from "react";
import { EntityTypeBadge, EntityTypeOptions, useTypeLabel } from "@/components/entities/entity-type";
import { useDismissDuplicate, useMergeEntities } from "@/components/entities/entity-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import type { DuplicatePage, DuplicateProposal, DuplicateSide } from "@/lib/entities/find-duplicates";
import { interpolate } from "@/lib/i18n/messages";

type Props = { page: DuplicatePage; type: string; types: EntityTypeOption[] };

export function DuplicateProposals({ page, type, types }: Props) {
  const { t } = useI18n();
  const typeLabel = useTypeLabel(types);
  const merge = useMergeEntities();
  const dismiss = useDismissDuplicate();
  const [notice, setNotice] = useState<string | null>(null);
  const busy = merge.isPending || dismiss.isPending;
  const error = merge.error ?? dismiss.error;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const pageHref = (number: number) => `?${new URLSearchParams({ ...(type && { type }), page: String(number) })}`;

  const keep = (kept: DuplicateSide, merged: DuplicateSide) =>
    merge.mutate(
      { sourceId: merged.id, targetId: kept.id, sourceVersion: merged.version, targetVersion: kept.version },
      { onSuccess: () => setNotice(interpolate(t.entities.duplicates.merged, { source: merged.name, target: kept.name })) },
    );
  const notSame = (proposal: DuplicateProposal) => dismiss.mutate([proposal.first.id, proposal.second.id], { onSuccess: () => setNotice(t.entities.duplicates.dismissed) });

  return (
    <div className="space-y-3">
      <form method="get" className="flex items-center gap-3">
        <select name="type" aria-label={t.entities.type} defaultValue={type} onChange={(event) => event.currentTarget.form?.requestSubmit()} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <EntityTypeOptions types={types} withAll />
        </select>
        <span role="status" className="text-sm text-slate-600">
          {interpolate(t.entities.duplicates.count, { count: page.total })}
        </span>
      </form>
      {notice && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{notice}</p>}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error.message}
        </p>
      )}
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t.entities.duplicates.empty}</p>
      ) : (
        <ul className="space-y-3">
          {page.items.map((proposal) => (
            <li key={`${proposal.first.id}:${proposal.second.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="duplicate-proposal">
              <div className="flex flex-wrap items-center gap-3 text-sm">
                <span className="font-semibold">{interpolate(t.entities.duplicates.similarity, { score: Math.round(proposal.score * 100) })}</span>
                <span className="text-slate-600">{t.entities.duplicates.reasons[proposal.reason]}</span>
                <span className="font-serif text-slate-700">{interpolate(t.entities.duplicates.matched, { first: proposal.first.matchedName, second: proposal.second.matchedName })}</span>
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                {[proposal.first, proposal.second].map((side) => (
                  <div key={side.id} className="rounded-md border border-slate-100 p-3">
                    <Link href={`/entities/${side.id}`} className="font-medium text-indigo-800 hover:underline">
                      {side.name}
                    </Link>
                    <p className="mt-1 flex items-center gap-2 text-xs text-slate-600">
                      <EntityTypeBadge label={typeLabel(side.typeKey)} color={side.color} />
                      {interpolate(t.entities.duplicates.mentionCount, { count: side.mentionCount })}
                    </p>
                  </div>
                ))}
              </div>
              <p className="text-xs text-slate-600">
                {interpolate(t.entities.duplicates.sharedArticles, { count: proposal.sharedArticles })}
                {proposal.sharedNeighbours.length > 0 && ` · ${interpolate(t.entities.duplicates.sharedNeighbours, { names: proposal.sharedNeighbours.join(", ") })}`}
              </p>
              <div className="flex flex-wrap gap-2">
                {/* The entity mentioned more often is offered first as the one to keep. */}
                {[proposal.first, proposal.second]
                  .sort((a, b) => b.mentionCount - a.mentionCount)
                  .map((kept, index, sides) => (
                    <Button key={kept.id} disabled={busy} variant={index === 0 ? "primary" : "secondary"} onClick={() => keep(kept, sides[1 - index] as DuplicateSide)}>
                      {interpolate(t.entities.duplicates.mergeInto, { name: kept.name })}
                    </Button>
                  ))}
                <Button variant="secondary" disabled={busy} onClick={() => notSame(proposal)}>
                  {t.entities.duplicates.dismiss}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t.search.pagination} className="flex items-center justify-end gap-3 text-sm">
          {page.page > 1 && <Link href={pageHref(page.page - 1)}>{t.articles.previous}</Link>}
          <span>{interpolate(t.articles.page, { page: page.page, pages })}</span>
          {page.page < pages && <Link href={pageHref(page.page + 1)}>{t.articles.next}</Link>}
        </nav>
      )}
    </div>
  );
}
