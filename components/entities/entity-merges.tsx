"use client";
// The merges into this entity that can still be undone, each with what it moved.
import Link from "next/link";
import { useState } from "react";
import { useUndoMerge } from "@/components/entities/entity-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { EntityDetail } from "@/lib/entities/get-entity";
import { interpolate } from "@/lib/i18n/messages";
import { FormError } from "@/components/ui/form-error";

export function EntityMerges({ merges, canMerge }: { merges: EntityDetail["merges"]; canMerge: boolean }) {
  const { t } = useI18n();
  const undo = useUndoMerge();
  const [undone, setUndone] = useState<{ id: string; name: string } | null>(null);
  if (!merges.length && !undone) return null;
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="entity-merges">
      <h2 id="entity-merges" className="font-semibold">
        {t.entities.merges}
      </h2>
      <ul className="space-y-2 text-sm">
        {merges.map((merge) => (
          <li key={merge.id} className="space-y-1" data-testid="entity-merge">
            <p>{interpolate(t.entities.mergeRow, { name: merge.source.name, by: merge.mergedBy, aliases: merge.movedAliases, mentions: merge.movedMentions })}</p>
            {canMerge && (
              <Button variant="secondary" disabled={undo.isPending} onClick={() => undo.mutate(merge.id, { onSuccess: () => setUndone({ id: merge.source.id, name: merge.source.name }) })}>
                {t.entities.undoMerge}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormError message={undo.error?.message} />
      {undone && (
        <p role="status" className="text-sm text-emerald-700">
          <Link href={`/entities/${undone.id}`} className="hover:underline">
            {interpolate(t.entities.undone, { name: undone.name })}
          </Link>
        </p>
      )}
    </section>
  );
}
