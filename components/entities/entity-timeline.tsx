"use client";
// When the entity is mentioned: one row a year with a bar for its mentions, then its months; an
// article dated to the year only counts in the year, never in a month it may not belong to.
import { useI18n } from "@/components/i18n/i18n-provider";
import type { TimelineBucket } from "@/lib/entities/entity-context";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate } from "@/lib/i18n/messages";

type Year = { year: number | null; mentions: number; articles: number; buckets: TimelineBucket[] };

function byYear(buckets: TimelineBucket[]): Year[] {
  const years = new Map<number | null, Year>();
  for (const bucket of buckets) {
    const year = years.get(bucket.year) ?? { year: bucket.year, mentions: 0, articles: 0, buckets: [] };
    years.set(bucket.year, { ...year, mentions: year.mentions + bucket.mentions, articles: year.articles + bucket.articles, buckets: [...year.buckets, bucket] });
  }
  return [...years.values()];
}

export function EntityTimeline({ timeline }: { timeline: TimelineBucket[] }) {
  const { t, locale } = useI18n();
  const years = byYear(timeline);
  const most = Math.max(1, ...years.map((year) => year.mentions));
  const label = ({ year, month }: TimelineBucket) =>
    month === null ? interpolate(t.entities.yearOnly, { year: String(year) }) : formatCalendarDate(`${year}-${String(month).padStart(2, "0")}-01`, "MONTH", locale);
  if (!years.length) return null;
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="entity-timeline">
      <h2 id="entity-timeline" className="font-semibold">
        {t.entities.timeline}
      </h2>
      <ol className="space-y-2 text-sm" data-testid="entity-timeline">
        {years.map((year) => (
          <li key={year.year ?? "undated"}>
            <div className="flex items-center gap-2">
              <span className="w-20 shrink-0 font-medium">{year.year ?? t.entities.undated}</span>
              <span className="h-2 rounded-full bg-indigo-400" style={{ width: `${Math.max(4, (year.mentions / most) * 100) * 0.6}%` }} aria-hidden />
              <span className="text-xs text-slate-600">{interpolate(t.entities.timelineYear, { mentions: year.mentions, articles: year.articles })}</span>
            </div>
            {year.year !== null && (
              <ul className="mt-1 ml-22 flex flex-wrap gap-1.5">
                {year.buckets.map((bucket) => (
                  <li key={bucket.month ?? "year"} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                    {label(bucket)} · {bucket.mentions}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
