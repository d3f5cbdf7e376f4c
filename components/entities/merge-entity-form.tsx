"use client";
// Merging this entity into another: find the one to keep in the register (names and aliases), then
// merge. The names and mentions move there and the page follows them; the merge can be undone there.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useEntityLookup, useMergeEntities } from "@/components/entities/entity-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { EntityDetail } from "@/lib/entities/get-entity";
import { interpolate } from "@/lib/i18n/messages";
import { FormError } from "@/components/ui/form-error";

export function MergeEntityForm({ entity }: { entity: EntityDetail }) {
  const { t } = useI18n();
  const id = useId();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const lookup = useEntityLookup(query);
  const merge = useMergeEntities();
  const candidates = (lookup.data?.entities ?? []).filter((candidate) => candidate.id !== entity.id);

  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold">
        {t.entities.merge}
      </h2>
      <p className="text-xs text-slate-600">{interpolate(t.entities.mergeHelp, { name: entity.canonicalName })}</p>
      <label htmlFor={`${id}-query`} className="sr-only">
        {t.entities.mergeSearch}
      </label>
      <input id={`${id}-query`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t.entities.mergeSearch} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
      <ul className="space-y-1">
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            <button
              type="button"
              disabled={merge.isPending}
              className="w-full rounded-md px-2 py-1 text-left text-sm hover:bg-indigo-50 disabled:text-slate-400"
              onClick={() =>
                merge.mutate(
                  { sourceId: entity.id, targetId: candidate.id, sourceVersion: entity.version, targetVersion: candidate.version },
                  { onSuccess: (result) => router.push(`/entities/${result.targetId}?merged=${entity.id}`) },
                )
              }
            >
              {interpolate(t.entities.mergeInto, { name: candidate.name })}
              <span className="block text-xs text-slate-500">{interpolate(t.entities.duplicates.mentionCount, { count: candidate.mentionCount })}</span>
            </button>
          </li>
        ))}
      </ul>
      <FormError message={merge.error?.message} />
    </section>
  );
}
