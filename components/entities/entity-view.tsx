"use client";
// The entity page: its record, names, mentions across articles, timeline and co-mentioned entities,
// with merge (and the undo of merges into it) and split. Ticking names and mentions opens the split.
import { useState } from "react";
import { EntityCoMentions } from "@/components/entities/entity-co-mentions";
import { EntityDetails } from "@/components/entities/entity-details";
import { EntityMentionList } from "@/components/entities/entity-mention-list";
import { EntityMerges } from "@/components/entities/entity-merges";
import { EntityNames } from "@/components/entities/entity-names";
import { EntityTimeline } from "@/components/entities/entity-timeline";
import { MergeEntityForm } from "@/components/entities/merge-entity-form";
import { SplitEntityForm } from "@/components/entities/split-entity-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DeleteToTrash } from "@/components/trash/delete-to-trash";
import type { EntityContext } from "@/lib/entities/entity-context";
import type { EntityMentionPage } from "@/lib/entities/entity-mentions";
import type { EntityTypeOption } from "@/lib/entities/entity-types";
import type { EntityDetail } from "@/lib/entities/get-entity";

type Props = { entity: EntityDetail; mentions: EntityMentionPage; context: EntityContext; types: EntityTypeOption[]; canEdit: boolean; canMerge: boolean; canDelete: boolean };

const toggled = (set: ReadonlySet<string>, id: string) => new Set(set.has(id) ? [...set].filter((other) => other !== id) : [...set, id]);

export function EntityView({ entity, mentions, context, types, canEdit, canMerge, canDelete }: Props) {
  const { t } = useI18n();
  const [aliasIds, setAliasIds] = useState<ReadonlySet<string>>(new Set());
  const [annotationIds, setAnnotationIds] = useState<ReadonlySet<string>>(new Set());
  const splitting = aliasIds.size + annotationIds.size > 0;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-6">
        <EntityDetails entity={entity} types={types} canEdit={canEdit} />
        {canMerge && !splitting && mentions.total + entity.aliases.length > 1 && <p className="text-xs text-slate-500">{t.entities.splitHelp}</p>}
        <EntityMentionList mentions={mentions} chosen={canMerge ? annotationIds : null} onToggle={(id) => setAnnotationIds((set) => toggled(set, id))} />
        <EntityTimeline timeline={context.timeline} />
      </div>
      <aside className="space-y-4">
        {splitting && <SplitEntityForm entity={entity} types={types} aliasIds={[...aliasIds]} annotationIds={[...annotationIds]} />}
        <EntityNames entity={entity} canEdit={canEdit} chosen={canMerge ? aliasIds : null} onToggle={(id) => setAliasIds((set) => toggled(set, id))} />
        <EntityCoMentions coMentions={context.coMentions} />
        {canMerge && <EntityMerges merges={entity.merges} canMerge={canMerge} />}
        {canMerge && <MergeEntityForm entity={entity} />}
        {canDelete && <DeleteToTrash url={`/api/v1/entities/${entity.id}`} version={entity.version} label={entity.canonicalName} then="/entities" />}
      </aside>
    </div>
  );
}
