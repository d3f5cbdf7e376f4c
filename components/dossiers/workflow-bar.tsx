"use client";
// The workflow of a dossier, step by step: the author submits or withdraws it; a reviewer (an editor
// or admin who did not write it) publishes it now or at a time, or sends it back with a comment; an
// editor unpublishes it.
import { useState } from "react";
import type { DossierChange } from "@/components/dossiers/dossier-queries";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { DossierDraft } from "@/lib/dossiers/get-dossier-draft";

export function WorkflowBar({ draft, change }: { draft: DossierDraft; change: DossierChange }) {
  const { t } = useI18n();
  const { dossier, rights } = draft;
  const [comment, setComment] = useState("");
  const [scheduleAt, setScheduleAt] = useState("");
  const step = (action: string, extra: Record<string, unknown> = {}) => change.change({ path: "/workflow", method: "POST", body: { action, ...extra } });
  const live = draft.versions.length > 0 && !dossier.unpublishedAt;
  const inReview = dossier.status === "IN_REVIEW";
  const canSubmit = dossier.status === "DRAFT" && rights.edit;
  const canUnpublish = (live || dossier.status === "SCHEDULED") && rights.unpublish;
  const hasComment = dossier.status === "DRAFT" && Boolean(dossier.reviewComment);
  if (!canSubmit && !canUnpublish && !hasComment && !inReview && dossier.status !== "SCHEDULED") return null;

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="workflow">
      {hasComment && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900" data-testid="review-comment">
          <span className="font-medium">{t.studio.reviewComment}</span> {dossier.reviewComment}
        </p>
      )}
      {dossier.status === "SCHEDULED" && dossier.scheduledAt && (
        <p className="text-sky-900">
          {t.studio.workflow.scheduledFor.split("{date}")[0]}
          <LocalDateTime value={dossier.scheduledAt} />
          {t.studio.workflow.scheduledFor.split("{date}")[1]}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {canSubmit && (
          <Button onClick={() => step("submit")} disabled={change.pending}>
            {t.studio.workflow.submit}
          </Button>
        )}
        {dossier.status === "IN_REVIEW" && rights.edit && (
          <Button variant="secondary" onClick={() => step("withdraw")} disabled={change.pending}>
            {t.studio.workflow.withdraw}
          </Button>
        )}
        {dossier.status === "IN_REVIEW" && rights.review && (
          <Button onClick={() => step("publish")} disabled={change.pending}>
            {t.studio.workflow.publish}
          </Button>
        )}
        {canUnpublish && (
          <Button variant="danger" onClick={() => step("unpublish")} disabled={change.pending}>
            {t.studio.workflow.unpublish}
          </Button>
        )}
      </div>
      {dossier.status === "IN_REVIEW" && !rights.review && rights.unpublish && <p className="text-slate-600">{t.studio.workflow.ownDossier}</p>}
      {dossier.status === "IN_REVIEW" && rights.review && (
        <div className="grid gap-3 sm:grid-cols-2">
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              step("publish", { scheduledAt: new Date(scheduleAt).toISOString() });
            }}
          >
            <label className="flex flex-col text-xs text-slate-600">
              {t.studio.workflow.scheduleAt}
              <input type="datetime-local" required value={scheduleAt} onChange={(event) => setScheduleAt(event.target.value)} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
            </label>
            <Button type="submit" variant="secondary" disabled={change.pending}>
              {t.studio.workflow.schedule}
            </Button>
          </form>
          <form
            className="flex flex-col gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              step("request_changes", { comment });
            }}
          >
            <label className="flex flex-col text-xs text-slate-600">
              {t.studio.workflow.comment}
              <textarea required value={comment} onChange={(event) => setComment(event.target.value)} rows={2} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
            </label>
            <Button type="submit" variant="secondary" disabled={change.pending}>
              {t.studio.workflow.requestChanges}
            </Button>
          </form>
        </div>
      )}
    </div>
  );
}
