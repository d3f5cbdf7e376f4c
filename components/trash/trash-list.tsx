"use client";
// The trash's rows: what was deleted, by whom, when it will be purged, with "Restaurer" per row and
// for the ticked rows. A restored row leaves the list and says where the record is again.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import { fetchJson } from "@/lib/client/fetch-json";
import { interpolate } from "@/lib/i18n/messages";
import type { TrashKind } from "@/lib/validations/trash";
import { FormError } from "@/components/ui/form-error";

export type TrashListRow = { kind: TrashKind; id: string; ref: string; label: string; version: number; deletedAt: string; deletedBy: string | null; purgeOn: string };

const paths: Record<TrashKind, { api: string; page: string }> = {
  article: { api: "/api/v1/articles", page: "/articles" },
  entity: { api: "/api/v1/entities", page: "/entities" },
  dossier: { api: "/api/v1/dossiers", page: "/studio" },
};

export function TrashList({ rows }: { rows: TrashListRow[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [restored, setRestored] = useState<TrashListRow[]>([]);
  const restore = useMutation({
    // One request per record, one after the other: each is its own version-checked change.
    mutationFn: async (targets: TrashListRow[]) => {
      const done: TrashListRow[] = [];
      try {
        for (const row of targets) {
          await fetchJson(`${paths[row.kind].api}/${row.ref}/restore`, { method: "POST", body: { version: row.version } });
          done.push(row);
        }
      } finally {
        setRestored((previous) => [...done, ...previous]);
        setChosen(new Set());
        router.refresh();
      }
    },
  });
  const key = (row: TrashListRow) => `${row.kind}:${row.id}`;
  const toggle = (row: TrashListRow) => setChosen((set) => (set.has(key(row)) ? new Set([...set].filter((other) => other !== key(row))) : new Set([...set, key(row)])));
  const allChosen = rows.length > 0 && rows.every((row) => chosen.has(key(row)));

  return (
    <div className="space-y-3">
      {restored.map((row) => (
        <p key={key(row)} role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {interpolate(t.trash.restored, { label: row.label })}{" "}
          <Link href={`${paths[row.kind].page}/${row.ref}`} className="font-medium underline">
            {t.trash.open}
          </Link>
        </p>
      ))}
      <FormError message={restore.error?.message} />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t.trash.empty}</p>
      ) : (
        <>
          <div className="flex items-center gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={allChosen} onChange={() => setChosen(allChosen ? new Set() : new Set(rows.map(key)))} />
              {t.trash.selectAll}
            </label>
            <Button variant="secondary" disabled={chosen.size === 0 || restore.isPending} onClick={() => restore.mutate(rows.filter((row) => chosen.has(key(row))))}>
              {interpolate(t.trash.restoreSelected, { count: chosen.size })}
            </Button>
          </div>
          <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm" data-testid="trash">
            <TableHead columns={["", t.trash.item, t.trash.type, t.trash.deletedBy, t.trash.deletedAt, t.trash.purgeOn, ""]} />
            <tbody>
              {rows.map((row) => (
                <tr key={key(row)} className="border-t border-slate-100">
                  <td className="px-4 py-2">
                    <input type="checkbox" aria-label={interpolate(t.trash.select, { label: row.label })} checked={chosen.has(key(row))} onChange={() => toggle(row)} />
                  </td>
                  <td className="px-4 py-2 font-medium" dir="auto">
                    {row.label}
                  </td>
                  <td className="px-4 py-2">{t.trash.kind[row.kind]}</td>
                  <td className="px-4 py-2">{row.deletedBy ?? t.trash.automatic}</td>
                  <td className="px-4 py-2 text-slate-600">
                    <LocalDateTime value={row.deletedAt} />
                  </td>
                  <td className="px-4 py-2 text-slate-600">
                    <LocalDateTime value={row.purgeOn} />
                  </td>
                  <td className="px-4 py-2 text-right">
                    <Button variant="secondary" disabled={restore.isPending} onClick={() => restore.mutate([row])}>
                      {t.trash.restore}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
