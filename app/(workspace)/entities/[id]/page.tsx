import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AuditTrailLink } from "@/components/audit/audit-trail-link";
import { EntityTypeBadge } from "@/components/entities/entity-type";
import { EntityView } from "@/components/entities/entity-view";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { getEntityContext } from "@/lib/entities/entity-context";
import { listEntityMentions } from "@/lib/entities/entity-mentions";
import { listEntityTypes } from "@/lib/entities/entity-types";
import { getEntity } from "@/lib/entities/get-entity";
import { AppError } from "@/lib/errors";
import { getTranslations } from "@/lib/i18n/get-locale";
import { interpolate } from "@/lib/i18n/messages";
import { idParams } from "@/lib/validations/common";
import { entityMentionsQuerySchema } from "@/lib/validations/entity";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EntityPage({ params, searchParams }: Props) {
  const user = await guardPage("entity.read");
  const parsed = idParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const query = await searchParams;
  const entity = await getEntity(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // A merged entity stands for the one kept: its page is that one's.
  if (entity.mergedIntoId) redirect(`/entities/${entity.mergedIntoId}?merged=${id}`);
  const page = entityMentionsQuerySchema.safeParse(query).data?.page ?? 1;
  const [mentions, context, types, { t, locale }] = await Promise.all([listEntityMentions(user, id, page), getEntityContext(user, id), listEntityTypes(user), getTranslations()]);
  const mergedHere = entity.merges.find((merge) => merge.source.id === query.merged);
  return (
    <div className="space-y-6">
      <AuditTrailLink user={user} targetType="entity" targetId={entity.id} />
      <header className="space-y-1">
        <Link href="/entities" className="text-sm text-indigo-700 hover:underline">
          ← {t.entities.back}
        </Link>
        <h1 className="text-2xl font-semibold" dir="auto">
          {entity.canonicalName}
        </h1>
        <p className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <EntityTypeBadge label={locale === "en" ? entity.type.labelEn : entity.type.labelFr} color={entity.type.color} />
          <span data-testid="entity-summary">{interpolate(t.entities.summary, { mentions: entity.mentionCount, articles: entity.articleCount })}</span>
        </p>
        {mergedHere && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {interpolate(t.entities.mergedHere, { name: mergedHere.source.name })}
          </p>
        )}
      </header>
      <EntityView entity={entity} mentions={mentions} context={context} types={types} canEdit={can(user.role, "entity.edit")} canMerge={can(user.role, "entity.merge")} canDelete={can(user.role, "entity.delete")} />
    </div>
  );
}
