"use client";
// "Supprimer" on an article, entity or dossier page: asks for confirmation, moves the record to the
// trash (DELETE with the version read) and leaves the page for `then`. The server's refusal is shown.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/client/fetch-json";
import { interpolate } from "@/lib/i18n/messages";
import { TRASH_RETENTION_DAYS } from "@/lib/trash/retention";
import { FormError } from "@/components/ui/form-error";

type Props = { url: string; version: number; label: string; then: string };

export function DeleteToTrash({ url, version, label, then }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => fetchJson(url, { method: "DELETE", body: { version } }),
    onSuccess: () => {
      router.push(then);
      router.refresh();
    },
  });

  return (
    <div className="space-y-2" data-testid="delete-to-trash">
      {confirming ? (
        <div role="group" aria-label={t.trash.delete} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p>{interpolate(t.trash.confirmDelete, { label, days: TRASH_RETENTION_DAYS })}</p>
          <div className="flex gap-2">
            <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t.trash.confirm}
            </Button>
            <Button variant="secondary" disabled={remove.isPending} onClick={() => setConfirming(false)}>
              {t.trash.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t.trash.delete}
        </Button>
      )}
      <FormError message={remove.error?.message} />
    </div>
  );
}
