import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTrailLink } from "@/components/audit/audit-trail-link";
import { DossierEditor } from "@/components/dossiers/dossier-editor";
import { guardPage } from "@/lib/auth/guard-page";
import { getDossierDraft } from "@/lib/dossiers/get-dossier-draft";
import { notFoundOnMissing } from "@/lib/page-errors";
import { slugParams } from "@/lib/validations/dossier";

export const metadata: Metadata = { title: "Dossier" };

export default async function DossierEditorPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await guardPage("workspace.access");
  const parsed = slugParams.safeParse(await params);
  if (!parsed.success) notFound();
  const draft = await getDossierDraft(user, parsed.data.slug).catch(notFoundOnMissing);
  return (
    <>
      <AuditTrailLink user={user} targetType="dossier" targetId={draft.dossier.id} />
      <DossierEditor initial={draft} />
    </>
  );
}
