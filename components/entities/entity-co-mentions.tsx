"use client";
// The entities mentioned in the same articles, most shared articles first.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { CoMention } from "@/lib/entities/entity-context";
import { interpolate } from "@/lib/i18n/messages";

export function EntityCoMentions({ coMentions }: { coMentions: CoMention[] }) {
  const { t } = useI18n();
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="entity-co-mentions">
      <h2 id="entity-co-mentions" className="font-semibold">
        {t.entities.coMentions}
      </h2>
      {coMentions.length === 0 ? (
        <p className="text-sm text-slate-500">{t.entities.noCoMentions}</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="entity-co-mentions">
          {coMentions.map((other) => (
            <li key={other.id} className="flex items-center gap-2">
              <span className="size-2 rounded-full" style={{ backgroundColor: other.color }} aria-hidden />
              <Link href={`/entities/${other.id}`} className="text-indigo-800 hover:underline">
                {other.name}
              </Link>
              <span className="ml-auto text-xs text-slate-500">{interpolate(t.entities.sharedArticles, { count: other.articles })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
