"use client";
// The Save / Cancel row that ends an edit form.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

export function SaveOrCancel({ disabled, onCancel }: { disabled: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={disabled}>
        {t.annotate.save}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t.annotate.cancel}
      </Button>
    </div>
  );
}
