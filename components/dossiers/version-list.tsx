"use client";
// The published versions of a dossier, each readable, and two of them compared.
import Link from "next/link";
import { useState } from "react";
import { ReadingPageLink } from "@/components/dossiers/reading-page-link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { LocalDateTime } from "@/components/ui/local-date-time";

export function VersionList({ slug, versions }: { slug: string; versions: { number: number; publishedAt: string; publishedBy: string }[] }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(versions[1]?.number ?? 1);
  const [to, setTo] = useState(versions[0]?.number ?? 1);
  const select = (value: number, set: (n: number) => void) => (
    <select value={value} onChange={(event) => set(Number(event.target.value))} className="rounded border border-slate-300 px-1 py-0.5">
      {versions.map((version) => (
        <option key={version.number} value={version.number}>
          v{version.number}
        </option>
      ))}
    </select>
  );
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="version-list">
      <h2 className="mb-2 font-semibold">{t.studio.versions}</h2>
      {versions.length === 0 ? (
        <p className="text-slate-500">{t.studio.noVersions}</p>
      ) : (
        <ul className="space-y-1">
          {versions.map((version) => (
            <li key={version.number}>
              <ReadingPageLink href={`/dossiers/${slug}/v/${version.number}`} className="text-indigo-700 hover:underline">
                v{version.number}
              </ReadingPageLink>{" "}
              <span className="text-slate-500">
                <LocalDateTime value={version.publishedAt} /> · {version.publishedBy}
              </span>
            </li>
          ))}
        </ul>
      )}
      {versions.length > 1 && (
        <p className="mt-2 flex items-center gap-2">
          {select(from, setFrom)} → {select(to, setTo)}
          <Link href={`/studio/${slug}/diff?from=${from}&to=${to}`} className="text-indigo-700 hover:underline">
            {t.studio.compare}
          </Link>
        </p>
      )}
    </section>
  );
}
